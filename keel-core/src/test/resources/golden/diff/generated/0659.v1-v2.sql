-- AlterTable
ALTER TABLE "Model 1 with space" ADD COLUMN     "g0" INET;

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" DROP COLUMN "f1_col";
