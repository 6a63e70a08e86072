-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIME(3),
    "f1" DECIMAL(10,2) DEFAULT 0,
    "f2" OID[],

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);
