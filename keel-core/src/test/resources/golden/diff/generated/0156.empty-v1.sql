-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'value 2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'value 1', 'value 2');

-- CreateTable
CREATE TABLE "order" (
    "id" TEXT NOT NULL,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" UUID,
    "f1" XML[],
    "f2" BIT(8),
    "f3" "Enum1" NOT NULL,
    "select_f4" TIMESTAMP(0) NOT NULL,
    "r0_model0_0" TEXT NOT NULL,
    "r1_model0_0" TEXT NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMESTAMP(3) NOT NULL,
    "f1" BIT(8) NOT NULL,
    "f2 with space" VARBIT(16)[],
    "f3" DATE NOT NULL,
    "f4" UUID[],
    "r2_model0_0" TEXT,
    "r3_model2_0" VARCHAR(30),

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" INTEGER NOT NULL,
    "select_f0" SMALLINT NOT NULL DEFAULT -5,
    "r4_model2_0" VARCHAR(30) NOT NULL,
    "r5_model0_0" TEXT,

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f3_select_f4_key" ON "Model1"("f3", "select_f4");

-- CreateIndex
CREATE INDEX "Model2_f3_idx" ON "Model2" USING HASH ("f3");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_3_r4_model2_0_key" ON "modèle_3"("r4_model2_0");

-- CreateIndex
CREATE INDEX "modèle_3_select_f0_idx" ON "modèle_3"("select_f0");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "Model2"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
