-- AlterTable
ALTER TABLE "Model0" ADD COLUMN     "r100_model1_0" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "Model0_r100_model1_0_key" ON "Model0"("r100_model1_0");

-- CreateIndex
CREATE INDEX "Model 1 with space_f0_idx" ON "Model 1 with space"("f0");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r100_model1_0_fkey" FOREIGN KEY ("r100_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE SET NULL ON UPDATE CASCADE;
