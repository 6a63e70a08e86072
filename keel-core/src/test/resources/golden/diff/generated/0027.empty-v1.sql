-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" MONEY NOT NULL,
    "f1" OID[],
    "f2" TIME(3) NOT NULL,
    "f3" INTEGER NOT NULL,
    "f4_col" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "f5" OID,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);
