-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" TEXT NOT NULL,
    "f0_col" TIMESTAMP(3),
    "f1" REAL,
    "f2" MONEY,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);
