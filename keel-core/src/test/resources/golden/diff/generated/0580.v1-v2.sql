-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" DROP COLUMN "f0",
ADD COLUMN     "f0 with space" DATE NOT NULL;
