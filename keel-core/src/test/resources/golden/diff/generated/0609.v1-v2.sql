-- CreateIndex
CREATE UNIQUE INDEX "Model0_f1_key" ON "Model0"("f1");
