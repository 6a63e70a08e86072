-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r2__fkey";

-- AlterTable
ALTER TABLE "Model 1 with space" DROP COLUMN "f1",
ADD COLUMN     "f1 with space" DOUBLE PRECISION DEFAULT 1.5;

-- DropTable
DROP TABLE "a_table_name_long_enough_to_push_index_names_past_63_2";
