-- DropForeignKey
ALTER TABLE "modèle_1" DROP CONSTRAINT "modèle_1_r0_model1_0_r0_model1_1_fkey";

-- AlterTable
ALTER TABLE "Model4" ADD COLUMN     "r100_model1_0" INTEGER,
ADD COLUMN     "r100_model1_1" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Model4_r100_model1_0_r100_model1_1_key" ON "Model4"("r100_model1_0", "r100_model1_1");

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r0_model1_0_r0_model1_1_fkey" FOREIGN KEY ("r0_model1_0", "r0_model1_1") REFERENCES "modèle_1"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r100_model1_0_r100_model1_1_fkey" FOREIGN KEY ("r100_model1_0", "r100_model1_1") REFERENCES "modèle_1"("ka", "kb") ON DELETE SET NULL ON UPDATE RESTRICT;
