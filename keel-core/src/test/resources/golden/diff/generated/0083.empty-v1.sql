-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "order" (
    "id" SERIAL NOT NULL,
    "f0" TEXT NOT NULL DEFAULT 'hello',
    "f1 with space" TEXT[],

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);
