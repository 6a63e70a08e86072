-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'value 1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "f0" BIGINT DEFAULT 9007199254740993,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);
