-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model0" (
    "id" SERIAL NOT NULL,
    "select_f0" BIGINT[],
    "select_f1" XML[],
    "f2" JSONB,
    "f3 with space" "enum_0_type" NOT NULL DEFAULT 'V0',
    "f4" "enum_0_type",
    "r0_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
