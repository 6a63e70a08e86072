-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD COLUMN     "r100_model0_0" INTEGER;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r10_fkey" FOREIGN KEY ("r100_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
