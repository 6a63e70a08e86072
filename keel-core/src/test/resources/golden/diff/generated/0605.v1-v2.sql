-- AlterTable
ALTER TABLE "order" ADD COLUMN     "r101_model0_0" INTEGER,
ADD COLUMN     "r101_model0_1" TEXT;

-- AlterTable
ALTER TABLE "modèle_2" ADD COLUMN     "r100_model2_0" INTEGER;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r101_model0_0_r101_model0_1_fkey" FOREIGN KEY ("r101_model0_0", "r101_model0_1") REFERENCES "order"("ka", "kb") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r100_model2_0_fkey" FOREIGN KEY ("r100_model2_0") REFERENCES "modèle_2"("id") ON DELETE RESTRICT ON UPDATE SET NULL;
