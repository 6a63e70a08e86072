-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1', 'value 2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'value 1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" INTEGER NOT NULL DEFAULT 0,
    "f1" TIMETZ(2) NOT NULL,
    "f2" INET,
    "f3" "Enum0" NOT NULL,
    "f4" "Enum1" NOT NULL DEFAULT 'V0',
    "f5" CHAR(10) NOT NULL,
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "r1_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model0_f5_idx" ON "Model0" USING HASH ("f5");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
