-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" SERIAL NOT NULL,
    "f0" XML,
    "select_f1" DATE NOT NULL,
    "f2" TIMETZ(2),
    "f3" JSONB,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" INTEGER NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" INTEGER NOT NULL DEFAULT 0,
    "f1" INTEGER NOT NULL,
    "f2" BYTEA NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model0_f1" ON "Model0"("select_f1" DESC);

-- CreateIndex
CREATE INDEX "Model1_f0_idx" ON "Model1"("f0");

-- CreateIndex
CREATE INDEX "idx_model2_f0" ON "Model2"("f0" DESC);
