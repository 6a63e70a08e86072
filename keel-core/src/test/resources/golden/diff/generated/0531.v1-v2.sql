-- AlterTable
ALTER TABLE "Model 4 with space" ADD COLUMN     "r100_model1_0" TEXT NOT NULL;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r100_model1_0_fkey" FOREIGN KEY ("r100_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
