-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1', 'V2', 'value 3');

-- CreateTable
CREATE TABLE "model_0" (
    "id" BIGSERIAL NOT NULL,
    "f0" MONEY NOT NULL,
    "f1" XML,
    "f2" BIT(8),
    "f3" DECIMAL(10,2) NOT NULL,
    "select_f4" "Enum0" NOT NULL DEFAULT 'value 0',

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "f0" "Enum0" NOT NULL,
    "select_f1" "Enum0" NOT NULL,
    "f2" DECIMAL(10,2) NOT NULL,
    "f3 with space" TIMETZ(2) NOT NULL,
    "f4" INTEGER NOT NULL,
    "r0_model0_0" BIGINT,
    "r1_model1_0" BIGINT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model1_select_f1_idx" ON "Model1"("select_f1");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
