-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1', 'V2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "model_0" (
    "id" BIGSERIAL NOT NULL,
    "f0" "Enum0"[],
    "f1_col" BYTEA,
    "f2" OID NOT NULL,
    "f3" MONEY,
    "f4 with space" DOUBLE PRECISION DEFAULT 1.5,
    "r0_model0_0" BIGINT,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "f1" VARBIT(16),
    "f2" "Enum1"[],
    "f3" UUID[],
    "f4" CHAR(10),
    "f5" DECIMAL(10,2) NOT NULL DEFAULT 0,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" TEXT NOT NULL,
    "r1_model1_0" UUID,
    "r2_model1_0" UUID,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" SERIAL NOT NULL,
    "r3_model2_0" TEXT NOT NULL,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" "Enum1"[],
    "f1" REAL NOT NULL DEFAULT 0.25,
    "f2" TIMESTAMPTZ(6) NOT NULL,
    "r4_model0_0" BIGINT NOT NULL,
    "r5_model0_0" BIGINT,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_0_f2_idx" ON "model_0" USING HASH ("f2");

-- CreateIndex
CREATE UNIQUE INDEX "order_1_f5_key" ON "order_1"("f5");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_f2_key" ON "Model4"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_r5_model0_0_key" ON "Model4"("r5_model0_0");

-- CreateIndex
CREATE INDEX "idx_model4_f1" ON "Model4"("f1" DESC);

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "order_1"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "order_1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model2"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "model_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;
