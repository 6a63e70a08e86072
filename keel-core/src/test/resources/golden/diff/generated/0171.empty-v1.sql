-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "order" (
    "id" INTEGER NOT NULL,
    "select_f0" OID,
    "f1" BYTEA NOT NULL,
    "f2_col" XML NOT NULL,
    "f3 with space" "Enum0" NOT NULL DEFAULT 'value 0',

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model0_f3" ON "order"("f3 with space" DESC);
