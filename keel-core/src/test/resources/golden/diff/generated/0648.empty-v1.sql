-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1', 'V2');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('value 0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" INTEGER NOT NULL,
    "f0" TEXT,
    "f1" REAL,
    "f2" TIMESTAMP(3),

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);
