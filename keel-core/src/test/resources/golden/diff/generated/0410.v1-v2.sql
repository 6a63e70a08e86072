-- AlterTable
ALTER TABLE "Model 1 with space" ADD COLUMN     "r100_model0_0" BIGINT;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r100_model0_0_fkey" FOREIGN KEY ("r100_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;
