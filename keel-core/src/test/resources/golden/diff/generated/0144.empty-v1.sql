-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'value 1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" TEXT NOT NULL,
    "f0" "enum_0_type"[],
    "f1" DECIMAL(65,30),
    "f2" TIMETZ(2)[],

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);
