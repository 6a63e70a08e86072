-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'value 1');

-- CreateTable
CREATE TABLE "model_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" TIMESTAMP(3) NOT NULL,
    "select_f1" DATE,
    "f2_col" REAL NOT NULL,
    "f3" DECIMAL(10,2)[],
    "f4" MONEY,
    "f5" "Enum0" DEFAULT 'value 0',
    "r0_model0_0" UUID,
    "r1_model0_0" UUID,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "f0" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "r2_model0_0" UUID,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" "Enum1"[],
    "f1" DECIMAL(10,2),
    "f2" MONEY,
    "f3" DECIMAL(10,2) NOT NULL,
    "f4" VARCHAR(191),
    "r3_model1_0" INTEGER NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0_col" BIGINT DEFAULT 9007199254740993,
    "f1" DOUBLE PRECISION[],
    "f2_col" INTEGER DEFAULT 42,
    "f3_col" BIT(8),

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "id" SERIAL NOT NULL,
    "select_f0" VARBIT(16) NOT NULL,
    "f1" "Enum0"[],
    "f2_col" DATE[],
    "f3" "Enum1",
    "r4_model4_0" INTEGER,
    "r5_model2_0" UUID NOT NULL,

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_0_f2_col_key" ON "model_0"("f2_col");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r2_model0_0_key" ON "Model1"("r2_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f3_key" ON "Model2"("f3");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_ka_key" ON "Model3"("ka");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_4_select_f0_key" ON "modèle_4"("select_f0");

-- CreateIndex
CREATE INDEX "modèle_4_select_f0_idx" ON "modèle_4" USING HASH ("select_f0");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r4_model4_0_fkey" FOREIGN KEY ("r4_model4_0") REFERENCES "modèle_4"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r5_model2_0_fkey" FOREIGN KEY ("r5_model2_0") REFERENCES "Model2"("id") ON DELETE CASCADE ON UPDATE CASCADE;
