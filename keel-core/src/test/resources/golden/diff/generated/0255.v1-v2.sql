-- AlterTable
ALTER TABLE "modèle_4" ADD COLUMN     "r100_model0_0" INTEGER NOT NULL,
ADD COLUMN     "r100_model0_1" TEXT NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "modèle_4_r100_model0_0_r100_model0_1_key" ON "modèle_4"("r100_model0_0", "r100_model0_1");

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r100_model0_0_r100_model0_1_fkey" FOREIGN KEY ("r100_model0_0", "r100_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;
