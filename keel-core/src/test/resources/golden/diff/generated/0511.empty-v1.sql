-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" BIGSERIAL NOT NULL,
    "f0" INTEGER[],
    "f1" BIT(8) NOT NULL,
    "f2" BIT(8),
    "f3" TIMETZ(2),

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_f1_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("f1");
