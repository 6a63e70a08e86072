-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "model_0" (
    "id" BIGSERIAL NOT NULL,
    "f0" VARCHAR(191) NOT NULL,
    "f1" DATE NOT NULL,
    "f2" XML NOT NULL,
    "r0_model0_0" BIGINT,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" INTEGER NOT NULL,
    "f0" INTEGER,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" SERIAL NOT NULL,
    "f0 with space" DECIMAL(65,30) DEFAULT 12.5,
    "f1" TIMETZ(2) NOT NULL,
    "f2 with space" INET,
    "f3 with space" CHAR(10) NOT NULL,
    "r1_model2_0" INTEGER,
    "r2_model2_0" INTEGER,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "id" TEXT NOT NULL,
    "f0" "Enum0"[],

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" VARBIT(16)[],
    "f1" UUID[],
    "f2" BIGINT NOT NULL DEFAULT 9007199254740993,
    "f3" DECIMAL(10,2),

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_0_f1_key" ON "model_0"("f1");

-- CreateIndex
CREATE INDEX "Model2_f1_idx" ON "Model2" USING HASH ("f1");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_4_f2_k_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_4"("f2", "kb");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "Model2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE CASCADE;
