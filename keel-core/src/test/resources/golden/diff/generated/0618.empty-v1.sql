-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" INET,
    "f1" "enum_0_type" DEFAULT 'V0',
    "f2" INET,
    "f3 with space" "enum_0_type",
    "f4" JSONB[],
    "f5" "enum_0_type" NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);
