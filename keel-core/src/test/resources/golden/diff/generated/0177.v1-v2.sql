-- CreateIndex
CREATE INDEX "Model 1 with space_f1_idx" ON "Model 1 with space"("f1");
