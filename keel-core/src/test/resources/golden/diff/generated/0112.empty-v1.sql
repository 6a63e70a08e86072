-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1', 'V2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" BIGSERIAL NOT NULL,
    "f0" TIME(3),
    "f1" BOOLEAN,
    "f2" TIMESTAMP(0) NOT NULL,
    "r0_model0_0" BIGINT,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 0 with space_f2_key" ON "Model 0 with space"("f2");

-- CreateIndex
CREATE INDEX "Model 0 with space_f2_idx" ON "Model 0 with space"("f2");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE NO ACTION ON UPDATE SET NULL;
