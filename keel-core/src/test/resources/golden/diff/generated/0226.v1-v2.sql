-- AlterTable
ALTER TABLE "Model 1 with space" ADD COLUMN     "r100_model1_0" VARCHAR(30);

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r100_model1_0_fkey" FOREIGN KEY ("r100_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE SET NULL ON UPDATE SET NULL;
