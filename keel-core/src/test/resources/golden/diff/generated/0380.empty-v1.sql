-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('V0', 'value 1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" SERIAL NOT NULL,
    "f0" TIMESTAMPTZ(6),
    "f1" "Enum0" NOT NULL DEFAULT 'V0',
    "f2" TIMETZ(2) NOT NULL,
    "f3" VARCHAR(191),
    "f4" XML[],
    "f5" BIGINT[],

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);
