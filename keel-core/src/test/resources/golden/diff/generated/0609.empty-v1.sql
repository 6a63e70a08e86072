-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" TEXT NOT NULL,
    "f0 with space" "Enum0" NOT NULL DEFAULT 'V0',
    "f1" BYTEA NOT NULL,
    "f2" BIT(8) NOT NULL,
    "f3" DOUBLE PRECISION,
    "f4" DATE NOT NULL,
    "r0_model0_0" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
