-- CreateIndex
CREATE INDEX "order_4_f0_idx" ON "order_4"("f0");
