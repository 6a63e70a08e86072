-- DropIndex
DROP INDEX "Model 3 with space_f0_key";

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" DROP COLUMN "select_f1",
ADD COLUMN     "f1_renamed" VARBIT(16);

-- AlterTable
ALTER TABLE "model_0" ADD COLUMN     "g0 with space" TIMESTAMPTZ(6)[];
