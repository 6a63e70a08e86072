-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" DROP COLUMN "f3",
ADD COLUMN     "f3_renamed" DECIMAL(65,30),
ALTER COLUMN "f0" SET NOT NULL;
