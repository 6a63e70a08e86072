-- DropIndex
DROP INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_f2_idx";
