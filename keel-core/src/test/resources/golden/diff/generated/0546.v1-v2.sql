-- AlterTable
ALTER TABLE "order" DROP COLUMN "f0";

-- AlterTable
ALTER TABLE "Model 4 with space" ADD COLUMN     "r100_model4_0" INTEGER,
ADD COLUMN     "r100_model4_1" TEXT;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r100_model4_0_r100_model4_1_fkey" FOREIGN KEY ("r100_model4_0", "r100_model4_1") REFERENCES "Model 4 with space"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;
