-- AlterTable
ALTER TABLE "Model1" ADD COLUMN     "r100_model0_0" VARCHAR(30);

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r100_model0_0_fkey" FOREIGN KEY ("r100_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE CASCADE;
