-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" DOUBLE PRECISION DEFAULT 1.5,
    "f1 with space" TIMESTAMPTZ(6)[],
    "f2_col" "Enum0" DEFAULT 'value 0',
    "f3_col" DOUBLE PRECISION[],
    "select_f4" MONEY[],

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" TEXT NOT NULL,
    "f0" "Enum0" NOT NULL,
    "f1" INTEGER[] DEFAULT ARRAY[1, 2]::INTEGER[],
    "f2" INTEGER NOT NULL DEFAULT 42,
    "f3" VARCHAR(191),
    "f4 with space" INTEGER,
    "f5_col" "Enum0"[],
    "r0_model1_0" TEXT,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" INTEGER NOT NULL,
    "f0" BIGINT NOT NULL,
    "f1" DECIMAL(10,2)[],
    "r1_model0_0" VARCHAR(30) NOT NULL,
    "r2_model2_0" INTEGER,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" SERIAL NOT NULL,
    "f0" SMALLINT NOT NULL,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" INTEGER NOT NULL,
    "f0_col" "Enum0"[],
    "f1" "Enum0" NOT NULL DEFAULT 'value 0',

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 5 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DECIMAL(65,30),
    "r3_model2_0" INTEGER,

    CONSTRAINT "Model 5 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_f2_key" ON "Model 1 with space"("f2");

-- CreateIndex
CREATE INDEX "Model 1 with space_f0_idx" ON "Model 1 with space" USING HASH ("f0");

-- CreateIndex
CREATE INDEX "idx_model2_f0" ON "Model2"("f0" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "model_3_f0_key" ON "model_3"("f0");

-- CreateIndex
CREATE INDEX "model_3_f0_idx" ON "model_3"("f0");

-- CreateIndex
CREATE INDEX "idx_model4_f1" ON "Model4"("f1" DESC);

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "Model2"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 5 with space" ADD CONSTRAINT "Model 5 with space_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
