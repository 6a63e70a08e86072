-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_f3_key" ON "modèle_1"("f3");
