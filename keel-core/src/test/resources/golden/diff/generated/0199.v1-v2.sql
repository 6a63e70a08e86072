-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ALTER COLUMN "f1_col" SET DEFAULT 'new default';

-- CreateIndex
CREATE UNIQUE INDEX "modèle_0_f3_key" ON "modèle_0"("f3");
