-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" INTEGER NOT NULL,
    "f0" TEXT,
    "f1" TIME(3),
    "f2_col" "enum_0_type" NOT NULL DEFAULT 'V0',
    "f3" JSONB NOT NULL DEFAULT '{}',
    "f4 with space" TEXT,
    "f5" "enum_0_type",

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" MONEY NOT NULL,
    "select_f1" BIT(8) NOT NULL,
    "r0_model1_0" UUID,
    "r1_model0_0" INTEGER NOT NULL,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" CHAR(10) NOT NULL,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_f2_c_key" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("f2_col");

-- CreateIndex
CREATE UNIQUE INDEX "Model 2 with space_select_f0_key" ON "Model 2 with space"("select_f0");

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
