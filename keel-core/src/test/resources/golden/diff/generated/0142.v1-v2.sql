-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD COLUMN     "select_g0" TEXT;
