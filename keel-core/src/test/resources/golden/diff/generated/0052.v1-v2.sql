-- AlterTable
ALTER TABLE "model_2" ADD COLUMN     "r100_model4_0" UUID NOT NULL;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r100_model4_0_fkey" FOREIGN KEY ("r100_model4_0") REFERENCES "Model4"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
