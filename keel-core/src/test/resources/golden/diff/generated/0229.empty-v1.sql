-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" TEXT NOT NULL,
    "select_f0" TIME(3) NOT NULL,
    "f1 with space" UUID NOT NULL,
    "f2_col" TEXT,
    "f3" VARBIT(16),
    "f4 with space" INTEGER,
    "f5" BIT(8) NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);
