-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD COLUMN     "r100_model3_0" VARCHAR(30);

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r10_fkey" FOREIGN KEY ("r100_model3_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_3"("id") ON DELETE NO ACTION ON UPDATE SET NULL;
