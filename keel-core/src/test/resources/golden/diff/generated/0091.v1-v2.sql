-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" DROP COLUMN "f1_col";

-- AlterTable
ALTER TABLE "Model3" ALTER COLUMN "f2_col" DROP NOT NULL;
