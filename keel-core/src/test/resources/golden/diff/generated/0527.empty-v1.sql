-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1', 'value 2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('value 0');

-- CreateTable
CREATE TABLE "Model0" (
    "id" TEXT NOT NULL,
    "f0 with space" DATE,
    "f1" VARCHAR(191) NOT NULL,
    "f2" OID,
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" INET NOT NULL,
    "f1" DECIMAL(65,30),
    "f2" INTEGER NOT NULL,
    "f3" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "r2_model0_0" TEXT NOT NULL,
    "r3_model0_0" TEXT NOT NULL,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" CHAR(10) NOT NULL,
    "f1" OID NOT NULL,
    "f2" DOUBLE PRECISION,
    "f3" UUID[],

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f1_key" ON "Model0"("f1");

-- CreateIndex
CREATE INDEX "Model0_f1_idx" ON "Model0" USING HASH ("f1");

-- CreateIndex
CREATE INDEX "model_1_f0_f3_idx" ON "model_1"("f0", "f3");

-- CreateIndex
CREATE UNIQUE INDEX "Model 2 with space_f0_key" ON "Model 2 with space"("f0");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
