-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" TEXT NOT NULL,
    "f0" OID NOT NULL,
    "f1" BOOLEAN NOT NULL DEFAULT false,
    "f2_col" JSON,
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f0_key" ON "Model0"("f0");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
