-- AlterTable
ALTER TABLE "model_3" ADD COLUMN     "r100_model3_0" INTEGER;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r100_model3_0_fkey" FOREIGN KEY ("r100_model3_0") REFERENCES "model_3"("id") ON DELETE CASCADE ON UPDATE CASCADE;
