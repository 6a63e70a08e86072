-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" VARCHAR(30) NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" INTEGER NOT NULL,
    "f0" DECIMAL(65,30) NOT NULL,
    "select_f1" INTEGER,
    "f2 with space" DATE,
    "f3_col" DECIMAL(65,30) NOT NULL DEFAULT 12.5,
    "f4" REAL DEFAULT 0.25,
    "f5" DECIMAL(10,2),
    "r0_model1_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" TEXT NOT NULL,
    "f0" DATE,
    "f1" UUID[],
    "r1_model0_0" VARCHAR(30),
    "r2_model2_0" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" VARCHAR(30) NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r0__fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r1__fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r2__fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
