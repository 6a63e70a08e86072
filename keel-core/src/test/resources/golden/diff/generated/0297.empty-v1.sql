-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'value 3');

-- CreateTable
CREATE TABLE "model_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "select_f0" JSONB[],

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" BIGSERIAL NOT NULL,
    "f0" JSONB NOT NULL,
    "r0_model0_0" INTEGER NOT NULL,
    "r0_model0_1" TEXT NOT NULL,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" SERIAL NOT NULL,
    "f0_col" SMALLINT DEFAULT -5,
    "f1" DOUBLE PRECISION[],
    "r1_model1_0" BIGINT,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" BIGSERIAL NOT NULL,
    "f0" DOUBLE PRECISION,
    "select_f1" BIGINT,
    "f2" "Enum0"[],

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "id" SERIAL NOT NULL,
    "r2_model1_0" BIGINT,

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_5" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "modèle_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_0_ka_kb_idx" ON "model_0"("ka", "kb");

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "model_0"("ka", "kb") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "model_1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "model_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;
