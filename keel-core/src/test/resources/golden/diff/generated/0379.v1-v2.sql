-- AlterTable
ALTER TABLE "Model2" ADD COLUMN     "r100_model2_0" TEXT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r100_model2_0_fkey" FOREIGN KEY ("r100_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
