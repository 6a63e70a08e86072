-- CreateTable
CREATE TABLE "Model 50 with space" (
    "id" INTEGER NOT NULL,
    "f0 with space" JSONB,

    CONSTRAINT "Model 50 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_f3_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("f3");
