-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" REAL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" VARBIT(16) NOT NULL,
    "r0_model1_0" VARCHAR(30),
    "r1_model0_0" UUID,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" TEXT NOT NULL,
    "f0 with space" "Enum0" NOT NULL,
    "r2_model1_0" VARCHAR(30) NOT NULL,
    "r3_model1_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model1_f0_idx" ON "Model1"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_f0 with space_key" ON "modèle_2"("f0 with space");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_r3_model1_0_key" ON "modèle_2"("r3_model1_0");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
