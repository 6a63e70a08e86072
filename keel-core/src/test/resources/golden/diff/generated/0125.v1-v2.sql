-- DropIndex
DROP INDEX "idx_model0_f0";

-- AlterTable
ALTER TABLE "model_0" DROP COLUMN "f0_col",
ADD COLUMN     "f0" SMALLINT;
