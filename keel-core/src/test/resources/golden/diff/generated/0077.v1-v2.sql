-- AlterTable
ALTER TABLE "modèle_0" DROP COLUMN "f1 with space";

-- CreateIndex
CREATE INDEX "modèle_0_select_f0_idx" ON "modèle_0"("select_f0");
