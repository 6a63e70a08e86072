-- DropIndex
DROP INDEX "Model 1 with space_f4_f3_key";

-- AlterTable
ALTER TABLE "Model 1 with space" DROP COLUMN "f3";
