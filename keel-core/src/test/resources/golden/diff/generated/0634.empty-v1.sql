-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMESTAMPTZ(6),
    "f1" TIMESTAMPTZ(6)[],
    "f2" BYTEA[],
    "f3" CHAR(10) NOT NULL,
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" MONEY[],
    "f1" DATE NOT NULL,
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "r2_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" INTEGER NOT NULL,
    "f0_col" VARBIT(16),
    "f1" BOOLEAN[],
    "f2" "Enum0",
    "select_f3" "Enum0"[],

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" VARCHAR(30) NOT NULL,
    "f0" VARCHAR(191),
    "r3_model4_0" VARCHAR(30),

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_5" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "modèle_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f1_key" ON "Model1"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r1_model0_0_key" ON "Model1"("r1_model0_0");

-- CreateIndex
CREATE INDEX "Model1_f1_idx" ON "Model1" USING HASH ("f1");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r3_model4_0_fkey" FOREIGN KEY ("r3_model4_0") REFERENCES "Model4"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
