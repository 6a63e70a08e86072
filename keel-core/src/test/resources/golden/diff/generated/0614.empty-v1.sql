-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" SERIAL NOT NULL,
    "f0" DOUBLE PRECISION[],
    "f1_col" TIMETZ(2) NOT NULL,
    "f2 with space" "Enum0"[],
    "f3" DOUBLE PRECISION,
    "f4" DOUBLE PRECISION NOT NULL,
    "r0_model1_0" INTEGER,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "order_1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
