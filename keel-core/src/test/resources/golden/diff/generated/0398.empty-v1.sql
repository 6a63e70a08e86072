-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('value 0', 'V1', 'V2', 'value 3');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TEXT,
    "select_f1" TIME(3) NOT NULL,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);
