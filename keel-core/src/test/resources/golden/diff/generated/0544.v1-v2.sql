-- CreateIndex
CREATE UNIQUE INDEX "Model1_f0_key" ON "Model1"("f0");
