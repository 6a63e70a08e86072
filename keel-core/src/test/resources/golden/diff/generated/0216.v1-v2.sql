-- AlterTable
ALTER TABLE "model_3" DROP COLUMN "select_f1",
ADD COLUMN     "f1" REAL,
ADD COLUMN     "r100_model5_0" INTEGER,
ADD COLUMN     "r100_model5_1" TEXT;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r100_model5_0_r100_model5_1_fkey" FOREIGN KEY ("r100_model5_0", "r100_model5_1") REFERENCES "Model5"("ka", "kb") ON DELETE SET NULL ON UPDATE RESTRICT;
