-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);
