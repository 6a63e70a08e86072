-- DropIndex
DROP INDEX "model_2_f0_key";

-- AlterTable
ALTER TABLE "model_2" DROP COLUMN "f0";
