-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_f1_c_key" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("f1_col");
