-- DropIndex
DROP INDEX "model_0_f0_col_f2_idx";

-- AlterTable
ALTER TABLE "model_0" DROP COLUMN "f2";

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ALTER COLUMN "f2" DROP NOT NULL;
