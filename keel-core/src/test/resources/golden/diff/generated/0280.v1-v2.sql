-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD COLUMN     "r100_model0_0" INTEGER,
ADD COLUMN     "r100_model0_1" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_r100_key" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("r100_model0_0", "r100_model0_1");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r10_fkey" FOREIGN KEY ("r100_model0_0", "r100_model0_1") REFERENCES "model_0"("ka", "kb") ON DELETE RESTRICT ON UPDATE RESTRICT;
