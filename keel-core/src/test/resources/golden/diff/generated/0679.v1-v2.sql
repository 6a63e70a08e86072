-- CreateTable
CREATE TABLE "model_50" (
    "id" INTEGER NOT NULL,
    "f0" SMALLINT NOT NULL,
    "f1" DOUBLE PRECISION NOT NULL,
    "f2" BIT(8) NOT NULL,

    CONSTRAINT "model_50_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_50_f2_key" ON "model_50"("f2");

-- CreateIndex
CREATE INDEX "model_50_f0_idx" ON "model_50"("f0");
