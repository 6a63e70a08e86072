-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('value 0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" SERIAL NOT NULL,
    "f0 with space" BOOLEAN,
    "f1" INET,
    "select_f2" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);
