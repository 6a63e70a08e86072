-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "model_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "select_f0" BIGINT DEFAULT 9007199254740993,
    "f1_col" "Enum0"[],
    "f2" TIME(3) NOT NULL,
    "f3 with space" VARCHAR(191) NOT NULL,
    "f4" OID[],
    "f5" BOOLEAN NOT NULL,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" TEXT NOT NULL,
    "f0 with space" CHAR(10),
    "f1" TIMESTAMP(3)[],
    "f2_col" XML[],

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_0_kb_f3 with space_key" ON "model_0"("kb", "f3 with space");
