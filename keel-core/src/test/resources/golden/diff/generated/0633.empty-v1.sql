-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" INTEGER,
    "f1 with space" DECIMAL(65,30) DEFAULT 12.5,
    "f2" DECIMAL(65,30)[],
    "f3 with space" MONEY[],
    "f4" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);
