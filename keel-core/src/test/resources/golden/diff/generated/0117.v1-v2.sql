-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r0__fkey";

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" DROP COLUMN "r0_model0_0";

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_f1_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("f1");
