-- AlterTable
ALTER TABLE "order" ADD COLUMN     "r100_model0_0" INTEGER,
ADD COLUMN     "r100_model0_1" TEXT;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r100_model0_0_r100_model0_1_fkey" FOREIGN KEY ("r100_model0_0", "r100_model0_1") REFERENCES "order"("ka", "kb") ON DELETE RESTRICT ON UPDATE RESTRICT;
