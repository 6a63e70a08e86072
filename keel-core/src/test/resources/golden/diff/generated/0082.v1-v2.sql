-- AlterTable
ALTER TABLE "Model1" DROP COLUMN "f0",
DROP COLUMN "f1 with space";

-- AlterTable
ALTER TABLE "model_2" ADD COLUMN     "r100_model2_0" TEXT;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r100_model2_0_fkey" FOREIGN KEY ("r100_model2_0") REFERENCES "model_2"("id") ON DELETE SET NULL ON UPDATE SET NULL;
