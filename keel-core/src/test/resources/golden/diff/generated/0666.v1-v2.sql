-- AlterTable
ALTER TABLE "Model3" ADD COLUMN     "r100_model1_0" INTEGER NOT NULL,
ADD COLUMN     "r100_model1_1" TEXT NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Model3_r100_model1_0_r100_model1_1_key" ON "Model3"("r100_model1_0", "r100_model1_1");

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r100_model1_0_r100_model1_1_fkey" FOREIGN KEY ("r100_model1_0", "r100_model1_1") REFERENCES "modèle_1"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;
