-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" INTEGER NOT NULL,
    "f0" DOUBLE PRECISION,
    "f1" OID[],

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DECIMAL(10,2) NOT NULL,
    "r0_model1_0" INTEGER,
    "r0_model1_1" TEXT,
    "r1_model0_0" INTEGER NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("ka","kb")
);

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r0__fkey" FOREIGN KEY ("r0_model1_0", "r0_model1_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("ka", "kb") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r1__fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
