-- AlterTable
ALTER TABLE "model_2" ADD COLUMN     "r100_model2_0" BIGINT;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r100_model2_0_fkey" FOREIGN KEY ("r100_model2_0") REFERENCES "model_2"("id") ON DELETE SET NULL ON UPDATE CASCADE;
