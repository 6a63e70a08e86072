-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('value 0', 'V1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "r0_model0_0" BIGINT,
    "r1_model0_0" BIGINT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" SERIAL NOT NULL,
    "r2_model0_0" BIGINT NOT NULL,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" "enum_0_type" NOT NULL DEFAULT 'value 0',
    "select_f1" MONEY,
    "f2" "enum_0_type" NOT NULL DEFAULT 'value 0',
    "select_f3" BIT(8),
    "f4" "Enum1" NOT NULL DEFAULT 'V0',
    "f5" "Enum1" NOT NULL DEFAULT 'V0',
    "r3_model0_0" BIGINT,
    "r4_model0_0" BIGINT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" INTEGER NOT NULL,
    "f0" "Enum1" NOT NULL,
    "f1" BOOLEAN NOT NULL,
    "r5_model3_0" INTEGER,
    "r6_model3_0" INTEGER,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_r2_model0_0_key" ON "modèle_1"("r2_model0_0");

-- CreateIndex
CREATE INDEX "Model2_f2_idx" ON "Model2" USING HASH ("f2");

-- CreateIndex
CREATE INDEX "model_3_f0_idx" ON "model_3" USING HASH ("f0");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r5_model3_0_fkey" FOREIGN KEY ("r5_model3_0") REFERENCES "model_3"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r6_model3_0_fkey" FOREIGN KEY ("r6_model3_0") REFERENCES "model_3"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
