-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('value 0', 'V1');

-- CreateTable
CREATE TABLE "order" (
    "id" TEXT NOT NULL,
    "f0" "Enum1" DEFAULT 'value 0',

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);
