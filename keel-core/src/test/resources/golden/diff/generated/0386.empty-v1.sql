-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);
