-- AlterTable
ALTER TABLE "Model0" ADD COLUMN     "r100_model2_0" UUID;

-- AlterTable
ALTER TABLE "Model2" ALTER COLUMN "f1" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f3_key" ON "Model0"("f3");

-- CreateIndex
CREATE UNIQUE INDEX "Model0_r100_model2_0_key" ON "Model0"("r100_model2_0");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r100_model2_0_fkey" FOREIGN KEY ("r100_model2_0") REFERENCES "Model2"("id") ON DELETE RESTRICT ON UPDATE SET NULL;
