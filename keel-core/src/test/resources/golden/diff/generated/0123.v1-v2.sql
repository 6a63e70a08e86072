-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" DROP COLUMN "f5_col",
ADD COLUMN     "f5_renamed" BOOLEAN NOT NULL;

-- AlterTable
ALTER TABLE "Model 5 with space" ALTER COLUMN "f3" SET NOT NULL,
ALTER COLUMN "f3" SET DEFAULT '',
ALTER COLUMN "f3" SET DATA TYPE TEXT;
