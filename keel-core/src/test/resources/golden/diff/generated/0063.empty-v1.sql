-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "modèle_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" VARCHAR(191) NOT NULL,
    "select_f1" TIMESTAMP(3),
    "f2_col" TIME(3) NOT NULL,
    "f3 with space" OID,
    "f4 with space" XML NOT NULL,
    "f5 with space" "enum_0_type" NOT NULL,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("ka","kb")
);
