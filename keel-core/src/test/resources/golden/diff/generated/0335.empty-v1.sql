-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1', 'V2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" TIMESTAMP(3) NOT NULL,
    "f1_col" TIMESTAMPTZ(6)[],

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" SERIAL NOT NULL,
    "f0" TIME(3),

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_f0_c_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_0" USING HASH ("f0_col");
