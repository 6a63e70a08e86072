-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1', 'V2', 'value 3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "f0" TEXT NOT NULL DEFAULT 'hello',
    "r0_model0_0" BIGINT,
    "r1_model0_0" BIGINT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" TEXT NOT NULL,
    "f1" OID,
    "f2" REAL,
    "f3" DATE NOT NULL,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" INTEGER NOT NULL,
    "f0" TEXT NOT NULL,
    "f1" INTEGER NOT NULL,
    "f2" DOUBLE PRECISION NOT NULL,
    "f3_col" TIMESTAMPTZ(6) NOT NULL,
    "f4_col" BIT(8)[],
    "select_f5" SMALLINT,
    "r2_model1_0" UUID,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model0_f0_idx" ON "Model0"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_select_f0_key" ON "Model 1 with space"("select_f0");

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_f3_key" ON "Model 1 with space"("f3");

-- CreateIndex
CREATE INDEX "Model2_f2_idx" ON "Model2" USING HASH ("f2");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE SET NULL ON UPDATE CASCADE;
