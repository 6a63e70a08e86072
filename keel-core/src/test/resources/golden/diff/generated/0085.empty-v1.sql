-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('value 0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);
