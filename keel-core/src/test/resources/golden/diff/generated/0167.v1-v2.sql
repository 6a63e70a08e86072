-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" DROP COLUMN "f1",
ADD COLUMN     "f1_col" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "g0" DECIMAL(65,30) NOT NULL DEFAULT 12.5;

-- AlterTable
ALTER TABLE "model_1" DROP COLUMN "f3";
