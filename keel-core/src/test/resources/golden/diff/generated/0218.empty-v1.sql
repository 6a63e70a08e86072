-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "model_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" DECIMAL(65,30) NOT NULL,
    "f1" DECIMAL(10,2)[],
    "f2 with space" DECIMAL(65,30) NOT NULL,
    "f3" INTEGER,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "model_0_ka_idx" ON "model_0" USING HASH ("ka");
