-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1', 'value 2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'value 2');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" TEXT NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" INTEGER NOT NULL,
    "f0" VARBIT(16),
    "f1" DOUBLE PRECISION NOT NULL,
    "select_f2" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "r0_model1_0" INTEGER,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" MONEY,
    "f1" DECIMAL(10,2),
    "f2_col" "enum_0_type"[],
    "f3" TEXT NOT NULL,
    "f4 with space" XML[],
    "r1_model1_0" INTEGER NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" SERIAL NOT NULL,
    "f0_col" TIME(3),
    "f1" DATE,
    "r2_model2_0" INTEGER NOT NULL,
    "r2_model2_1" TEXT NOT NULL,
    "r3_model3_0" INTEGER,

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" VARCHAR(30) NOT NULL,
    "f0" SMALLINT NOT NULL,
    "f1 with space" DECIMAL(10,2) NOT NULL,
    "f2" INTEGER NOT NULL,
    "f3" "enum_0_type",
    "f4" BOOLEAN NOT NULL,

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_1_f1_select_f2_idx" ON "model_1"("f1", "select_f2");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_ka_f_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("ka", "f3");

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "model_1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r1__fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "model_1"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r2_model2_0_r2_model2_1_fkey" FOREIGN KEY ("r2_model2_0", "r2_model2_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r3_model3_0_fkey" FOREIGN KEY ("r3_model3_0") REFERENCES "modèle_3"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
