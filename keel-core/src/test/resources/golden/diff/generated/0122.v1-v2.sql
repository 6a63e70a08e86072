-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r0__fkey";

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" DROP COLUMN "r0_model1_0";

-- AlterTable
ALTER TABLE "Model 3 with space" DROP COLUMN "f1",
ADD COLUMN     "f1_renamed" DOUBLE PRECISION DEFAULT 1.5;
