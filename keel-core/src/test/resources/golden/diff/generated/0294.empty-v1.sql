-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" SERIAL NOT NULL,
    "f0" TEXT,
    "select_f1" INTEGER,
    "f2" BIT(8) NOT NULL,
    "f3" DECIMAL(65,30),
    "f4" REAL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_f2_key" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("f2");

-- CreateIndex
CREATE INDEX "idx_model0_f2" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("f2" DESC);
