-- DropForeignKey
ALTER TABLE "order_1" DROP CONSTRAINT "order_1_r2_model0_0_fkey";

-- CreateIndex
CREATE UNIQUE INDEX "order_1_f4_col_key" ON "order_1"("f4_col");

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;
