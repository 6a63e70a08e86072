-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('value 0', 'V1');

-- CreateTable
CREATE TABLE "modèle_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DECIMAL(10,2) NOT NULL,
    "f1" DECIMAL(65,30) NOT NULL DEFAULT 12.5,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" TEXT NOT NULL,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" TEXT NOT NULL,
    "r0_model0_0" INTEGER NOT NULL,
    "r0_model0_1" TEXT NOT NULL,
    "r1_model0_0" INTEGER NOT NULL,
    "r1_model0_1" TEXT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_4" (
    "id" INTEGER NOT NULL,
    "f0 with space" XML NOT NULL,
    "f1_col" UUID NOT NULL,
    "f2" BIT(8),
    "f3" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f4 with space" TIMESTAMP(0),
    "r2_model4_0" INTEGER,
    "r3_model2_0" TEXT,

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "modèle_0_kb_ka_idx" ON "modèle_0"("kb", "ka");

-- CreateIndex
CREATE INDEX "model_4_f1_col_idx" ON "model_4" USING HASH ("f1_col");

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "modèle_0"("ka", "kb") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model0_0_r1_model0_1_fkey" FOREIGN KEY ("r1_model0_0", "r1_model0_1") REFERENCES "modèle_0"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r2_model4_0_fkey" FOREIGN KEY ("r2_model4_0") REFERENCES "model_4"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE CASCADE;
