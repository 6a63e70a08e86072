-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" SERIAL NOT NULL,
    "f0 with space" "Enum0" NOT NULL,
    "f1" BOOLEAN NOT NULL DEFAULT false,
    "f2" "Enum0" NOT NULL DEFAULT 'V0',
    "f3_col" TIME(3),
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" SERIAL NOT NULL,
    "f0" TIMESTAMPTZ(6),
    "f1" DECIMAL(65,30) NOT NULL,
    "r2_model0_0" INTEGER NOT NULL,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" BIGINT NOT NULL,
    "f1_col" BYTEA NOT NULL,
    "f2" INTEGER NOT NULL,
    "f3 with space" MONEY[],
    "select_f4" INTEGER,
    "f5" UUID,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
