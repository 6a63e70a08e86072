-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('value 0', 'value 1', 'value 2', 'V3');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" SERIAL NOT NULL,
    "f0" VARCHAR(191)[],
    "select_f1" INTEGER DEFAULT 0,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" TEXT NOT NULL,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" SERIAL NOT NULL,
    "f0" "enum_0_type" NOT NULL,
    "f1" XML NOT NULL,
    "f2" "enum_0_type" NOT NULL,
    "f3" REAL,
    "r0_model1_0" TEXT NOT NULL,
    "r1_model0_0" INTEGER,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DATE[],
    "f1" BIGINT[],
    "f2" VARCHAR(191),

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
