-- DropIndex
DROP INDEX "Model0_f0_key";

-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "f0";
