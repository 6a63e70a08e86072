-- AlterTable
ALTER TABLE "model_0" ADD COLUMN     "r100_model0_0" BIGINT;

-- CreateIndex
CREATE UNIQUE INDEX "model_0_f1_key" ON "model_0"("f1");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r100_model0_0_fkey" FOREIGN KEY ("r100_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
