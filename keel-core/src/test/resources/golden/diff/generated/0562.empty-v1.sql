-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1');

-- CreateTable
CREATE TABLE "model_0" (
    "id" SERIAL NOT NULL,
    "f0" "Enum0" DEFAULT 'value 0',
    "f1" CHAR(10),
    "f2" "Enum0",
    "f3" DECIMAL(10,2) NOT NULL,
    "f4" DOUBLE PRECISION[],

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "f0" INTEGER NOT NULL,
    "f1" TEXT NOT NULL,
    "r0_model1_0" INTEGER,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_0_f3_key" ON "model_0"("f3");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f0_key" ON "Model1"("f0");

-- CreateIndex
CREATE INDEX "Model1_f1_idx" ON "Model1"("f1");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
