-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r3__fkey";

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r3__fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;
