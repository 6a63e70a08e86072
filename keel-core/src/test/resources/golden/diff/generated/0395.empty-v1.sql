-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('value 0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "Model0" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "f0" MONEY,
    "f1_col" TIMESTAMPTZ(6),
    "f2" "enum_1_type"[],
    "select_f3" TIMETZ(2),
    "f4" "enum_1_type" NOT NULL DEFAULT 'value 0',
    "f5" OID,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" BIGSERIAL NOT NULL,
    "f0" DOUBLE PRECISION,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DOUBLE PRECISION NOT NULL,
    "r0_model1_0" BIGINT,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model1_f4_idx" ON "Model1"("f4");

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
