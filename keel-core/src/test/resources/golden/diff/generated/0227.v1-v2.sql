-- AlterTable
ALTER TABLE "Model 0 with space" ADD COLUMN     "r100_model2_0" VARCHAR(30) NOT NULL;

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r100_model2_0_fkey" FOREIGN KEY ("r100_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
