-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TIMESTAMPTZ(6),
    "select_f1" TIMESTAMPTZ(6),
    "f2 with space" TIMESTAMP(3) NOT NULL,
    "f3 with space" MONEY,
    "f4" JSONB,
    "r0_model0_0" UUID,
    "r1_model0_0" UUID,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" VARCHAR(30) NOT NULL,
    "f0_col" CHAR(10) NOT NULL,
    "f1" DECIMAL(10,2),
    "r2_model0_0" UUID NOT NULL,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "order_1_f0_col_idx" ON "order_1"("f0_col");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r1__fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
