-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" INTEGER NOT NULL,
    "r0_model0_0" INTEGER,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
