-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey";

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" DROP COLUMN "r0_model0_0";
