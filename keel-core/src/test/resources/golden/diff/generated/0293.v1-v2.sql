-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_f5_key" ON "Model 1 with space"("f5");
