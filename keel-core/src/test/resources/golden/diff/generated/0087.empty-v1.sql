-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "order" (
    "id" INTEGER NOT NULL,
    "f0_col" VARBIT(16)[],
    "f1 with space" XML NOT NULL,
    "r0_model0_0" INTEGER,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" INTEGER NOT NULL,
    "f0" INET NOT NULL,
    "r1_model1_0" INTEGER,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" SERIAL NOT NULL,
    "f0" BIGINT[],
    "f1" TEXT,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r2_model3_0" INTEGER,
    "r2_model3_1" TEXT,
    "r3_model0_0" INTEGER NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "id" TEXT NOT NULL,
    "f0 with space" "Enum0"[],
    "r4_model1_0" INTEGER NOT NULL,
    "r5_model1_0" INTEGER,

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_1_f0_key" ON "model_1"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_r3_model0_0_key" ON "Model3"("r3_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_ka_kb_key" ON "Model3"("ka", "kb");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_4_r4_model1_0_key" ON "modèle_4"("r4_model1_0");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "model_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model3_0_r2_model3_1_fkey" FOREIGN KEY ("r2_model3_0", "r2_model3_1") REFERENCES "Model3"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "model_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r5_model1_0_fkey" FOREIGN KEY ("r5_model1_0") REFERENCES "model_1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
