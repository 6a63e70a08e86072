-- DropIndex
DROP INDEX "model_1_f0_key";

-- AlterTable
ALTER TABLE "model_1" DROP COLUMN "f0";
