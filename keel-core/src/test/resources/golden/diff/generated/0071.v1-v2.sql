-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD COLUMN     "g0" DATE;

-- AlterTable
ALTER TABLE "Model2" DROP COLUMN "select_f1",
ADD COLUMN     "f1_renamed" OID[],
ADD COLUMN     "g1_col" TEXT;
