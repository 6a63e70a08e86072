-- AlterTable
ALTER TABLE "Model 3 with space" DROP COLUMN "f4";

-- AlterTable
ALTER TABLE "Model4" DROP COLUMN "select_f0",
ADD COLUMN     "f0_renamed" XML,
ADD COLUMN     "r100_model4_0" INTEGER,
ADD COLUMN     "r100_model4_1" TEXT;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r100_model4_0_r100_model4_1_fkey" FOREIGN KEY ("r100_model4_0", "r100_model4_1") REFERENCES "Model4"("ka", "kb") ON DELETE SET NULL ON UPDATE NO ACTION;
