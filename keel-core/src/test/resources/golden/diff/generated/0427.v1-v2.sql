-- DropIndex
DROP INDEX "modèle_1_kb_ka_idx";

-- AlterTable
ALTER TABLE "model_4" DROP COLUMN "f2",
ADD COLUMN     "f2 with space" TIMESTAMP(3) NOT NULL;
