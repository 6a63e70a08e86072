-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1', 'value 2');

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "f0" "Enum0" NOT NULL DEFAULT 'V0',
    "r0_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" DOUBLE PRECISION NOT NULL,
    "f1" TIMETZ(2),

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" SERIAL NOT NULL,
    "f0" TEXT NOT NULL DEFAULT '',
    "r1_model0_0" INTEGER NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" BOOLEAN NOT NULL,
    "f1_col" DOUBLE PRECISION NOT NULL,
    "f2 with space" TIMETZ(2),
    "f3 with space" "Enum0"[],
    "r2_model2_0" INTEGER,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_4" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMESTAMP(0),
    "f1_col" INET[],
    "f2" MONEY,
    "f3" "Enum0" NOT NULL,

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f0_key" ON "Model0"("f0");

-- CreateIndex
CREATE INDEX "Model 1 with space_select_f0_idx" ON "Model 1 with space"("select_f0");

-- CreateIndex
CREATE INDEX "idx_model3_f1" ON "Model3"("f1_col" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "model_4_f3_key" ON "model_4"("f3");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE SET NULL;
