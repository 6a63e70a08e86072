-- CreateIndex
CREATE INDEX "Model5_f2 with space_idx" ON "Model5"("f2 with space");
