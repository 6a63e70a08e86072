-- AlterTable
ALTER TABLE "order" DROP COLUMN "f1";

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_f2_c_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("f2_col");
