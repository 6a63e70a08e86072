-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r4__fkey";

-- AlterTable
ALTER TABLE "Model3" DROP COLUMN "f0",
ADD COLUMN     "f0_renamed" DECIMAL(10,2);

-- AlterTable
ALTER TABLE "Model4" ADD COLUMN     "g0" TIMESTAMPTZ(6);

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r4__fkey" FOREIGN KEY ("r4_model0_0", "r4_model0_1") REFERENCES "order"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;
