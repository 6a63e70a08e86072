-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('value 0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "order" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" UUID,
    "f1 with space" DOUBLE PRECISION,
    "f2_col" VARBIT(16) NOT NULL,
    "f3" INET,
    "f4" INET[],
    "select_f5" DOUBLE PRECISION,
    "r0_model0_0" VARCHAR(30),
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DECIMAL(65,30) DEFAULT 12.5,
    "f1" "enum_0_type"[],
    "f2" BYTEA,
    "f3" VARCHAR(191) NOT NULL,
    "r2_model1_0" UUID,
    "r3_model1_0" UUID,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" SERIAL NOT NULL,
    "f0" DATE[],
    "f1" XML,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "r4_model1_0" UUID,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_f2_col_key" ON "order"("f2_col");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r2__fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r3__fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
