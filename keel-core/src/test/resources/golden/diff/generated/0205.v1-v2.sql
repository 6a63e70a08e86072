-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" DROP COLUMN "f0",
ADD COLUMN     "f0_renamed" DECIMAL(65,30)[];
