-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('value 0', 'value 1', 'V2');

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "f0 with space" OID[],
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" BIGSERIAL NOT NULL,
    "f0" "Enum0"[],
    "f1" REAL DEFAULT 0.25,
    "f2" DOUBLE PRECISION NOT NULL,
    "f3 with space" BYTEA,
    "f4" REAL DEFAULT 0.25,
    "r2_model0_0" INTEGER NOT NULL,
    "r3_model0_0" INTEGER,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" INTEGER NOT NULL,
    "f0" BYTEA NOT NULL,
    "f1" "Enum0" DEFAULT 'V0',
    "f2 with space" CHAR(10) NOT NULL,
    "f3 with space" JSONB NOT NULL,
    "r4_model0_0" INTEGER,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "modèle_1_f2_idx" ON "modèle_1"("f2");

-- CreateIndex
CREATE INDEX "modèle_2_f0_idx" ON "modèle_2" USING HASH ("f0");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
