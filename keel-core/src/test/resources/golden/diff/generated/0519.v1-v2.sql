-- AlterTable
ALTER TABLE "Model 0 with space" ADD COLUMN     "r100_model3_0" UUID;

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r100_model3_0_fkey" FOREIGN KEY ("r100_model3_0") REFERENCES "modèle_3"("id") ON DELETE RESTRICT ON UPDATE SET NULL;
