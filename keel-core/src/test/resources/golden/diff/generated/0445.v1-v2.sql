-- DropForeignKey
ALTER TABLE "Model2" DROP CONSTRAINT "Model2_r2_model0_0_r2_model0_1_fkey";

-- AlterTable
ALTER TABLE "Model1" ADD COLUMN     "select_g0" BOOLEAN;

-- AlterTable
ALTER TABLE "Model2" ADD COLUMN     "g1" CHAR(10);

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_r2_model0_1_fkey" FOREIGN KEY ("r2_model0_0", "r2_model0_1") REFERENCES "Model 0 with space"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;
