-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "modèle_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" BIT(8)[],
    "f1" TIME(3),
    "f2" XML,
    "f3 with space" BIGINT[],
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" INTEGER NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "r1_model1_0" INTEGER,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_0_kb_key" ON "modèle_0"("kb");

-- CreateIndex
CREATE INDEX "Model1_f0_idx" ON "Model1"("f0");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "modèle_0"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
