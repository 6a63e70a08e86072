-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "model_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TEXT NOT NULL,
    "f1" DECIMAL(65,30) NOT NULL,
    "f2" "Enum1"[],
    "f3" "Enum0" NOT NULL DEFAULT 'V0',
    "f4" "Enum0" NOT NULL,
    "r0_model0_0" UUID,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_0_f4_key" ON "model_0"("f4");

-- CreateIndex
CREATE INDEX "idx_model0_f3" ON "model_0"("f3" DESC);

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;
