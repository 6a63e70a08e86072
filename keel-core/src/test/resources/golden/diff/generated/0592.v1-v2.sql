-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" DROP COLUMN "select_f3";

-- AlterTable
ALTER TABLE "modèle_1" ADD COLUMN     "g0" JSON NOT NULL;

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_f1_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("f1");
