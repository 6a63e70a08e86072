-- DropIndex
DROP INDEX "model_4_f1_key";

-- DropIndex
DROP INDEX "model_4_f1_idx";

-- AlterTable
ALTER TABLE "model_4" DROP COLUMN "f0_col",
ADD COLUMN     "f0" DECIMAL(10,2) NOT NULL DEFAULT 0,
DROP COLUMN "f1",
ADD COLUMN     "f1" TIME(3);
