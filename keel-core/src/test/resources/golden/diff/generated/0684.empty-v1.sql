-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1', 'value 2', 'value 3');

-- CreateTable
CREATE TABLE "model_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_0_kb_key" ON "model_0"("kb");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "model_0"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;
