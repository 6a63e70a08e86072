-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1', 'V2');

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" "Enum0" NOT NULL,
    "f1" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "f2" DOUBLE PRECISION,
    "select_f3" INTEGER NOT NULL DEFAULT 0,
    "f4" TEXT[],

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" INTEGER NOT NULL,
    "r0_model1_0" UUID NOT NULL,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" INTEGER NOT NULL DEFAULT 0,
    "r1_model1_0" UUID,

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" BIGSERIAL NOT NULL,
    "f0" UUID NOT NULL,
    "f1_col" CHAR(10) NOT NULL,
    "f2 with space" "Enum0"[],
    "r2_model1_0" UUID NOT NULL,
    "r3_model1_0" UUID,

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_3_r1_model1_0_key" ON "modèle_3"("r1_model1_0");

-- CreateIndex
CREATE INDEX "modèle_3_ka_f0 with space_idx" ON "modèle_3"("ka", "f0 with space");

-- CreateIndex
CREATE UNIQUE INDEX "order_4_f0_key" ON "order_4"("f0");

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;
