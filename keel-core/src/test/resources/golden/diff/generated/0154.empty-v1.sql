-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1', 'value 2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('value 0', 'value 1', 'V2');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" SERIAL NOT NULL,
    "f0" DOUBLE PRECISION[],
    "f1_col" JSONB NOT NULL,
    "f2" "Enum1"[],
    "r0_model0_0" INTEGER,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" INTEGER NOT NULL,
    "r1_model0_0" INTEGER,
    "r2_model0_0" INTEGER,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
