-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD COLUMN     "g1" INET;

-- AlterTable
ALTER TABLE "Model 4 with space" ADD COLUMN     "g0_col" BIT(8);
