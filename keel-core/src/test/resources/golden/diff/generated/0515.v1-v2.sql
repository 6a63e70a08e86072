-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r0__fkey";

-- DropIndex
DROP INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_r0_m_key";

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" DROP COLUMN "r0_model0_0";

-- AlterTable
ALTER TABLE "Model2" DROP COLUMN "f1",
ADD COLUMN     "f1" TEXT[];
