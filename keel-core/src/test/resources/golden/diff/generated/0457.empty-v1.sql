-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'value 1', 'V2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'value 2');

-- CreateTable
CREATE TABLE "order" (
    "id" INTEGER NOT NULL,
    "f0_col" UUID,
    "f1 with space" INTEGER DEFAULT 0,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);
