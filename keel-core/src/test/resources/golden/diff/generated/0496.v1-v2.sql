-- DropForeignKey
ALTER TABLE "Model0" DROP CONSTRAINT "Model0_r0_model0_0_fkey";

-- DropIndex
DROP INDEX "idx_model1_f0";

-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "r0_model0_0";

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" DROP COLUMN "f0";
