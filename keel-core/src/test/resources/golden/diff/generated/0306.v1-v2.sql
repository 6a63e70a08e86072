-- AlterTable
ALTER TABLE "modèle_0" ADD COLUMN     "r100_model1_0" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "modèle_0_r100_model1_0_key" ON "modèle_0"("r100_model1_0");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r100_model1_0_fkey" FOREIGN KEY ("r100_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;
