-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'value 2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('value 0', 'V1');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" SERIAL NOT NULL,
    "f0" BIGINT DEFAULT 9007199254740993,
    "f1" SMALLINT DEFAULT -5,
    "f2" DECIMAL(10,2) DEFAULT 0,
    "select_f3" "Enum1"[],

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" TEXT NOT NULL,
    "f0" TIMESTAMP(0)[],
    "f1" "Enum1" NOT NULL,
    "f2" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_f2_key" ON "modèle_1"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_f1_key" ON "modèle_1"("f1");
