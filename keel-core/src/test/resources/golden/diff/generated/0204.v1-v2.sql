-- CreateIndex
CREATE UNIQUE INDEX "Model0_f0 with space_key" ON "Model0"("f0 with space");

-- CreateIndex
CREATE INDEX "model_1_f1_idx" ON "model_1"("f1");
