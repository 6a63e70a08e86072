-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('V0', 'value 1', 'value 2', 'V3');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" BIGSERIAL NOT NULL,
    "r0_model0_0" BIGINT,
    "r1_model0_0" BIGINT,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" BIGSERIAL NOT NULL,
    "f0" CHAR(10) NOT NULL,
    "r2_model1_0" BIGINT,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" BIGSERIAL NOT NULL,
    "f0" SMALLINT[],
    "r3_model1_0" BIGINT,
    "r4_model2_0" BIGINT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" VARCHAR(30) NOT NULL,
    "f0" UUID,
    "f1" BYTEA[],
    "f2_col" DECIMAL(10,2)[],
    "r5_model0_0" BIGINT NOT NULL,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" "Enum0" DEFAULT 'V0',
    "f1 with space" BIGINT NOT NULL,
    "f2" BIGINT NOT NULL DEFAULT 9007199254740993,
    "select_f3" "enum_1_type"[],

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
