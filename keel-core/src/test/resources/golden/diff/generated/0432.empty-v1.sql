-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'value 3');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" VARCHAR(30) NOT NULL,
    "r0_model0_0" VARCHAR(30),
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" "Enum0"[],
    "f1" TIMESTAMPTZ(6)[],
    "r2_model1_0" VARCHAR(30),
    "r3_model1_0" VARCHAR(30),

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" INTEGER NOT NULL,
    "f0" DOUBLE PRECISION,
    "select_f1" "Enum0" DEFAULT 'V0',
    "f2" "Enum0" NOT NULL DEFAULT 'V0',
    "select_f3" "Enum0" NOT NULL DEFAULT 'V0',

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model2_f3" ON "Model2"("select_f3" DESC);

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "model_1"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "model_1"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
