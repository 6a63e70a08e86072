-- DropTable
DROP TABLE "a_table_name_long_enough_to_push_index_names_past_63_2";
