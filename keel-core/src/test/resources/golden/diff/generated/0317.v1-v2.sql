-- CreateTable
CREATE TABLE "model_50" (
    "id" SERIAL NOT NULL,
    "select_f0" TIMETZ(2),
    "f1 with space" DOUBLE PRECISION,
    "f2" BIGINT DEFAULT 9007199254740993,
    "f3" "Enum0"[],

    CONSTRAINT "model_50_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_50_f1 with space_idx" ON "model_50"("f1 with space");

-- CreateIndex
CREATE INDEX "modèle_3_f1_idx" ON "modèle_3"("f1");
