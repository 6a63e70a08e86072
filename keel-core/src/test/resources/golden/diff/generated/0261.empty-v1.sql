-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'value 2');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "order" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" OID NOT NULL,
    "r0_model0_0" BIGINT,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" TIMESTAMP(0),
    "f1_col" "enum_1_type" NOT NULL DEFAULT 'V0',
    "f2 with space" VARBIT(16) NOT NULL,
    "f3_col" VARCHAR(191) DEFAULT 'it''s',
    "f4" TIME(3)[],
    "f5 with space" TIMETZ(2),
    "r1_model0_0" BIGINT NOT NULL,
    "r2_model0_0" BIGINT NOT NULL,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DATE,
    "f1" TIMESTAMPTZ(6) NOT NULL,
    "f2" "enum_1_type" NOT NULL DEFAULT 'V0',
    "f3" SMALLINT NOT NULL,
    "f4" MONEY,
    "f5" TEXT[],

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "order_select_f0_idx" ON "order"("select_f0");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_r2_model0_0_key" ON "modèle_1"("r2_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f2_key" ON "Model2"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f3_key" ON "Model2"("f3");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
