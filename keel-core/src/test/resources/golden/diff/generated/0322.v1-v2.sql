-- AlterTable
ALTER TABLE "order_2" DROP COLUMN "f0",
ADD COLUMN     "f0" INTEGER DEFAULT 42;

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD COLUMN     "r100_model4_0" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_5_r100_key" ON "a_table_name_long_enough_to_push_index_names_past_63_5"("r100_model4_0");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r10_fkey" FOREIGN KEY ("r100_model4_0") REFERENCES "modèle_4"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
