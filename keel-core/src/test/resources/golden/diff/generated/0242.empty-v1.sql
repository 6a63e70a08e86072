-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'value 2', 'V3');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);
