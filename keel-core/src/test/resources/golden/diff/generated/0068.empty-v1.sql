-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "f0" SMALLINT[],
    "f1" "enum_0_type",
    "f2" TIMESTAMP(0) NOT NULL,
    "f3 with space" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);
