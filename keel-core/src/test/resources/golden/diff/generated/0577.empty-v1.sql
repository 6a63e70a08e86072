-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" BIGSERIAL NOT NULL,
    "f0" JSONB NOT NULL DEFAULT '{}',
    "f1" CHAR(10),
    "f2_col" MONEY NOT NULL,
    "f3" TIMETZ(2) NOT NULL,
    "f4_col" TIME(3),
    "r0_model0_0" BIGINT,
    "r1_model0_0" BIGINT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r1__fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;
