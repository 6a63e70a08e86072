-- DropIndex
DROP INDEX "order_1_f0_idx";

-- AlterTable
ALTER TABLE "order_1" DROP COLUMN "f0",
ADD COLUMN     "f0" XML NOT NULL;

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" DROP COLUMN "f0";
