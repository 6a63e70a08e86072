-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1', 'V2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('value 0');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" INTEGER NOT NULL,
    "f0_col" "Enum1" NOT NULL DEFAULT 'value 0',
    "f1" JSON,
    "f2" TEXT NOT NULL,
    "select_f3" "enum_0_type" NOT NULL,
    "f4" TIMESTAMPTZ(6),

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" INTEGER NOT NULL,
    "f0" DECIMAL(65,30) NOT NULL,
    "f1" OID,
    "f2" INTEGER NOT NULL,
    "r0_model0_0" INTEGER,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" DOUBLE PRECISION,
    "r1_model0_0" INTEGER NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" BIGSERIAL NOT NULL,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_4" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" XML,
    "f1" "enum_0_type" NOT NULL,
    "f2_col" REAL[],
    "r2_model4_0" BIGINT,

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model 0 with space_f2_select_f3_idx" ON "Model 0 with space"("f2", "select_f3");

-- CreateIndex
CREATE UNIQUE INDEX "order_1_f0_f2_key" ON "order_1"("f0", "f2");

-- CreateIndex
CREATE UNIQUE INDEX "model_4_f1_key" ON "model_4"("f1");

-- CreateIndex
CREATE INDEX "model_4_f1_idx" ON "model_4"("f1");

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r2_model4_0_fkey" FOREIGN KEY ("r2_model4_0") REFERENCES "model_4"("id") ON DELETE SET NULL ON UPDATE CASCADE;
