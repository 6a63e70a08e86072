-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1', 'value 2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f1 with space" SMALLINT[],
    "f2_col" TIMESTAMP(0),
    "f3" DECIMAL(65,30) NOT NULL,
    "f4" "Enum1"[],
    "f5" BIGINT DEFAULT 9007199254740993,
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" "Enum0"[],
    "f1" "Enum1",
    "f2" SMALLINT,
    "f3" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" TEXT NOT NULL,
    "f0" INET,
    "f1" OID NOT NULL,
    "f2 with space" DOUBLE PRECISION[],
    "r1_model2_0" TEXT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" TEXT NOT NULL,
    "r2_model2_0" TEXT,
    "r3_model1_0" UUID,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "id" BIGSERIAL NOT NULL,
    "f0 with space" "Enum0",
    "r4_model1_0" UUID NOT NULL,
    "r5_model1_0" UUID,

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "modèle_1_f3_idx" ON "modèle_1"("f3");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f1_key" ON "Model2"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "order_3_r3_model1_0_key" ON "order_3"("r3_model1_0");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_4_r4_model1_0_key" ON "modèle_4"("r4_model1_0");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_4_r5_model1_0_key" ON "modèle_4"("r5_model1_0");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "Model2"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "modèle_1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "modèle_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r5_model1_0_fkey" FOREIGN KEY ("r5_model1_0") REFERENCES "modèle_1"("id") ON DELETE SET NULL ON UPDATE SET NULL;
