-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1', 'value 2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'value 2');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" SERIAL NOT NULL,
    "f0" TEXT,
    "f1" DOUBLE PRECISION,
    "f2" "Enum0" DEFAULT 'V0',
    "f3_col" VARBIT(16) NOT NULL,
    "f4" BYTEA NOT NULL,
    "f5_col" UUID,
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" VARCHAR(191)[],
    "f1" MONEY NOT NULL,
    "f2" BYTEA,
    "r2_model0_0" INTEGER,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "modèle_0_f3_col_idx" ON "modèle_0"("f3_col");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r2_model0_0_key" ON "Model1"("r2_model0_0");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
