-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "r0_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" BIGSERIAL NOT NULL,
    "f0" "enum_0_type"[],
    "f1" XML,
    "select_f2" SMALLINT NOT NULL DEFAULT -5,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" SERIAL NOT NULL,
    "f0" DATE NOT NULL,
    "f1" BIGINT NOT NULL,
    "f2_col" TIMETZ(2) NOT NULL,
    "r1_model2_0" INTEGER,
    "r2_model1_0" BIGINT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" TIMESTAMP(0) NOT NULL,
    "f1" VARBIT(16),
    "f2" VARCHAR(191) NOT NULL,
    "r3_model1_0" BIGINT,
    "r4_model2_0" INTEGER NOT NULL,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model2_f2" ON "Model2"("f2_col" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "model_3_r3_model1_0_key" ON "model_3"("r3_model1_0");

-- CreateIndex
CREATE INDEX "model_3_f2_idx" ON "model_3"("f2");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "Model2"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "modèle_1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "modèle_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "Model2"("id") ON DELETE CASCADE ON UPDATE CASCADE;
