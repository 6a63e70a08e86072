-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'value 2', 'V3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "f0" REAL,
    "f1" "Enum0" NOT NULL,
    "f2" CHAR(10),
    "r0_model0_0" BIGINT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TEXT[],
    "r1_model1_0" INTEGER NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DOUBLE PRECISION,
    "f1" DATE NOT NULL,
    "f2" XML NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f1_key" ON "Model0"("f1");

-- CreateIndex
CREATE INDEX "Model2_ka_kb_idx" ON "Model2"("ka", "kb");

-- CreateIndex
CREATE INDEX "Model3_f1_idx" ON "Model3"("f1");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "model_1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
