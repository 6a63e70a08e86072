-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" SERIAL NOT NULL,
    "f0" "Enum0" NOT NULL,
    "f1_col" TIME(3) NOT NULL,
    "f2" "Enum0" NOT NULL DEFAULT 'V0',
    "select_f3" JSON NOT NULL,
    "f4" BOOLEAN[],

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" INTEGER,
    "r0_model0_0" INTEGER,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" SMALLINT[],
    "f1" "Enum0" NOT NULL DEFAULT 'V0',
    "f2" TEXT NOT NULL,
    "f3_col" "Enum0" DEFAULT 'V0',
    "f4 with space" MONEY,
    "r1_model0_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TIMESTAMPTZ(6),
    "f1_col" "Enum0",

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_f2_key" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_r0_model0_0_key" ON "modèle_1"("r0_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_f1_key" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_r1_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("r1_model0_0");

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r1__fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
