-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ALTER COLUMN "f3" SET NOT NULL,
DROP COLUMN "f4",
ADD COLUMN     "f4" MONEY NOT NULL;

-- AlterTable
ALTER TABLE "Model3" DROP COLUMN "f0";
