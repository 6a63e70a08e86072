-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD COLUMN     "r100_model1_0" INTEGER;

-- AlterTable
ALTER TABLE "Model2" ADD COLUMN     "g0" DOUBLE PRECISION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r10_fkey" FOREIGN KEY ("r100_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE RESTRICT ON UPDATE SET NULL;
