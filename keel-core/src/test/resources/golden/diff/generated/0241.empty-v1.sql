-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" TEXT NOT NULL,
    "f0" VARCHAR(191),
    "f1" DOUBLE PRECISION,
    "f2" DATE,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);
