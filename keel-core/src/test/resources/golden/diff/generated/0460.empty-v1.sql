-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" TEXT NOT NULL,
    "f0" TIMETZ(2),
    "select_f1" INET,
    "f2" JSONB NOT NULL,
    "f3" BOOLEAN DEFAULT false,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" SERIAL NOT NULL,
    "f0" OID[],
    "f1" UUID NOT NULL,
    "f2" "Enum0"[],
    "f3" REAL,
    "f4" "Enum0"[],

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" "Enum0" NOT NULL DEFAULT 'V0',
    "f1" JSON NOT NULL,
    "f2_col" JSONB,
    "r0_model1_0" INTEGER NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_f1_key" ON "Model 1 with space"("f1");

-- CreateIndex
CREATE INDEX "Model2_f0_col_idx" ON "Model2"("f0_col");

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
