-- AlterTable
ALTER TABLE "Model 0 with space" DROP COLUMN "f1",
ADD COLUMN     "f1" BYTEA NOT NULL;

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ALTER COLUMN "f0" DROP DEFAULT;
