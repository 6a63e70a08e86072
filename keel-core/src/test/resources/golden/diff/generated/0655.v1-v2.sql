-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_f0_key" ON "Model 1 with space"("f0");
