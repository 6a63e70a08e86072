-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r4__fkey";

-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r5__fkey";

-- AlterTable
ALTER TABLE "Model1" DROP COLUMN "f1_col",
ADD COLUMN     "f1" REAL NOT NULL;

-- DropTable
DROP TABLE "a_table_name_long_enough_to_push_index_names_past_63_2";
