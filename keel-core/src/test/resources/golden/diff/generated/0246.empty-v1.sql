-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" SERIAL NOT NULL,
    "f0" TEXT DEFAULT '',

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" BIGSERIAL NOT NULL,
    "f0" "Enum0"[],
    "select_f1" "Enum0" NOT NULL,
    "f2" INTEGER DEFAULT 42,
    "f3" VARCHAR(191) NOT NULL,
    "f4" "Enum0" NOT NULL DEFAULT 'V0',
    "select_f5" CHAR(10)[],
    "r0_model1_0" BIGINT,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_1_select_f1_f3_idx" ON "model_1"("select_f1", "f3");

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "model_1"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
