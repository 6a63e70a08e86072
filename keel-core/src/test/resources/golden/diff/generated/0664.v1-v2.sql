-- AlterTable
ALTER TABLE "Model4" ADD COLUMN     "r100_model3_0" VARCHAR(30);

-- CreateIndex
CREATE INDEX "order_2_f0_col_idx" ON "order_2"("f0_col");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_r100_model3_0_key" ON "Model4"("r100_model3_0");

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r100_model3_0_fkey" FOREIGN KEY ("r100_model3_0") REFERENCES "modèle_3"("id") ON DELETE RESTRICT ON UPDATE SET NULL;
