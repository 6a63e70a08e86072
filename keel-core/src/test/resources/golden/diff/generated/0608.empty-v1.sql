-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'value 1');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" SMALLINT NOT NULL,
    "f1 with space" "Enum0" NOT NULL DEFAULT 'value 0',

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "f0" VARBIT(16),
    "f1" JSON,
    "f2" JSON NOT NULL,
    "f3" "Enum0"[],
    "f4" UUID NOT NULL,
    "f5" JSONB,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model 0 with space_f1 with space_idx" ON "Model 0 with space"("f1 with space");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f4_key" ON "Model1"("f4");
