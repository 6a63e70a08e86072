-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey";

-- AlterTable
ALTER TABLE "model_4" ALTER COLUMN "f2" SET NOT NULL;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
