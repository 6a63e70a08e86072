-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('value 0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "r0_model0_0" UUID,
    "r1_model0_0" UUID,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" INTEGER NOT NULL,
    "f0" BIGINT NOT NULL,
    "f1" REAL,
    "f2" OID[],
    "r2_model0_0" UUID NOT NULL,
    "r3_model1_0" INTEGER,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r4_model2_0" INTEGER,
    "r4_model2_1" TEXT,
    "r5_model0_0" UUID NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "modèle_1_f0_idx" ON "modèle_1"("f0");

-- CreateIndex
CREATE INDEX "Model2_kb_idx" ON "Model2" USING HASH ("kb");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "modèle_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r4_model2_0_r4_model2_1_fkey" FOREIGN KEY ("r4_model2_0", "r4_model2_1") REFERENCES "Model2"("ka", "kb") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
