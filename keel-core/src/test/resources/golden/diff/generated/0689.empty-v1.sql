-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model0" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);
