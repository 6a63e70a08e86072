-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0_col" XML,
    "r0_model0_0" UUID NOT NULL,
    "r1_model1_0" VARCHAR(30),

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "select_f0" DOUBLE PRECISION,
    "r2_model2_0" INTEGER,
    "r2_model2_1" TEXT,
    "r3_model2_0" INTEGER,
    "r3_model2_1" TEXT,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r4_model0_0" UUID NOT NULL,

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" SERIAL NOT NULL,
    "f0" DECIMAL(10,2),
    "select_f1" "Enum0" NOT NULL DEFAULT 'V0',
    "r5_model0_0" UUID NOT NULL,

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_4_r5_model0_0_key" ON "order_4"("r5_model0_0");

-- CreateIndex
CREATE INDEX "idx_model4_f1" ON "order_4"("select_f1" DESC);

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r2_model2_0_r2_model2_1_fkey" FOREIGN KEY ("r2_model2_0", "r2_model2_1") REFERENCES "modèle_2"("ka", "kb") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r3_model2_0_r3_model2_1_fkey" FOREIGN KEY ("r3_model2_0", "r3_model2_1") REFERENCES "modèle_2"("ka", "kb") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
