-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r5__fkey";

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r5__fkey" FOREIGN KEY ("r5_model3_0", "r5_model3_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_3"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;
