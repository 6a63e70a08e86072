-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMESTAMP(3)[],
    "f1_col" DECIMAL(65,30) NOT NULL,
    "f2" DECIMAL(10,2) DEFAULT 0,
    "f3" INTEGER DEFAULT 42,
    "f4 with space" VARBIT(16)[],

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" BYTEA NOT NULL,
    "f1" VARCHAR(191),
    "f2" BOOLEAN,
    "f3" JSON,
    "r0_model1_0" BIGINT,
    "r1_model1_0" BIGINT,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" SERIAL NOT NULL,
    "f0" JSONB NOT NULL,
    "select_f1" TIMESTAMP(0) NOT NULL,
    "f2" CHAR(10),
    "r2_model2_0" INTEGER,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" TEXT NOT NULL,
    "f0" BYTEA NOT NULL,
    "f1 with space" TIMESTAMP(0)[],
    "r3_model1_0" BIGINT NOT NULL,
    "r4_model1_0" BIGINT,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_1_f0_col_key" ON "model_1"("f0_col");

-- CreateIndex
CREATE INDEX "idx_model1_f0" ON "model_1"("f0_col" DESC);

-- CreateIndex
CREATE INDEX "order_3_select_f1_idx" ON "order_3" USING HASH ("select_f1");

-- CreateIndex
CREATE INDEX "idx_model4_f0" ON "Model4"("f0" DESC);

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "model_1"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "model_1"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "modèle_2"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "model_1"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "model_1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
