-- AlterTable
ALTER TABLE "modèle_1" DROP COLUMN "f0",
ADD COLUMN     "f0" DOUBLE PRECISION[];

-- DropTable
DROP TABLE "a_table_name_long_enough_to_push_index_names_past_63_4";
