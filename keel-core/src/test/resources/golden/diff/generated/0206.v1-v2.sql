-- AlterTable
ALTER TABLE "Model 1 with space" DROP COLUMN "select_f3";

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" DROP COLUMN "f5",
ADD COLUMN     "f5_renamed" MONEY NOT NULL;
