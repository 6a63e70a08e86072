-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('value 0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "modèle_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" BIGINT NOT NULL,
    "f1" XML,
    "f2" INET[],
    "f3" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "f4" "Enum1",
    "f5 with space" TIMESTAMP(0),
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,
    "r1_model0_0" INTEGER,
    "r1_model0_1" TEXT,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" INTEGER,
    "f1" DATE,
    "f2 with space" "Enum0" NOT NULL DEFAULT 'value 0',

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" XML NOT NULL,
    "f1_col" DECIMAL(10,2)[],
    "f2" INTEGER[] DEFAULT ARRAY[1, 2]::INTEGER[],
    "f3" MONEY[],
    "f4" BOOLEAN[],
    "f5 with space" "Enum1",
    "r2_model0_0" INTEGER NOT NULL,
    "r2_model0_1" TEXT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" SERIAL NOT NULL,
    "select_f0" "Enum1",
    "f1" TEXT NOT NULL,
    "f2" "Enum1" NOT NULL DEFAULT 'value 0',
    "f3" DOUBLE PRECISION,
    "f4" CHAR(10)[],
    "f5 with space" DATE NOT NULL,
    "r3_model2_0" UUID NOT NULL,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_3_f2_idx" ON "model_3" USING HASH ("f2");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "modèle_0"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r1_model0_0_r1_model0_1_fkey" FOREIGN KEY ("r1_model0_0", "r1_model0_1") REFERENCES "modèle_0"("ka", "kb") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_r2_model0_1_fkey" FOREIGN KEY ("r2_model0_0", "r2_model0_1") REFERENCES "modèle_0"("ka", "kb") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model2"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
