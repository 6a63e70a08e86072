-- DropIndex
DROP INDEX "idx_model0_f5";

-- AlterTable
ALTER TABLE "modèle_0" DROP COLUMN "f5";
