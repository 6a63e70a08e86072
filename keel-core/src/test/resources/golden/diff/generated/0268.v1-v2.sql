-- AlterTable
ALTER TABLE "modèle_4" ADD COLUMN     "g0" DOUBLE PRECISION DEFAULT 1.5;

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_5_f1_c_key" ON "a_table_name_long_enough_to_push_index_names_past_63_5"("f1_col");
