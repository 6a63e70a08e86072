-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" SERIAL NOT NULL,
    "f0" BYTEA,
    "f1" INTEGER NOT NULL DEFAULT 0,
    "f2" TEXT DEFAULT 'hello',
    "r0_model0_0" BIGINT NOT NULL,
    "r1_model1_0" INTEGER,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" TEXT NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL,
    "f1 with space" DECIMAL(65,30)[],
    "f2_col" UUID,
    "f3" "Enum0" DEFAULT 'V0',
    "f4" BYTEA,
    "r2_model0_0" BIGINT,
    "r3_model1_0" INTEGER NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_f0_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_2" USING HASH ("f0");

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "model_1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r2__fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r3__fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "model_1"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
