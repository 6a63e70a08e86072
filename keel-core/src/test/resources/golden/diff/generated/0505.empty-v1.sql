-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'value 1', 'value 2', 'V3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "f0 with space" BYTEA[],
    "r0_model0_0" BIGINT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" TEXT NOT NULL,
    "select_f0" SMALLINT[],
    "f1" INET[],
    "f2 with space" CHAR(10)[],

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" INTEGER NOT NULL,
    "f1" "Enum0" NOT NULL DEFAULT 'value 0',
    "f2" BIGINT[],
    "f3" INTEGER,
    "f4" TIMESTAMP(0),
    "f5_col" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" "Enum1" DEFAULT 'V0',

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
