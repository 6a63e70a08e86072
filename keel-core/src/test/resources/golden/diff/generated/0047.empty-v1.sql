-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" JSON,
    "r0_model0_0" VARCHAR(30),
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE SET NULL;
