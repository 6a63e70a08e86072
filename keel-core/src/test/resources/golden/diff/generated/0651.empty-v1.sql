-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1', 'V2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('value 0', 'value 1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "modèle_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" SMALLINT[],
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" TEXT NOT NULL,
    "f0 with space" TEXT NOT NULL,
    "f1" INTEGER[],
    "f2" TIMETZ(2) NOT NULL,
    "f3_col" TIMETZ(2),
    "f4" BOOLEAN,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_0_kb_key" ON "modèle_0"("kb");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "modèle_0"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;
