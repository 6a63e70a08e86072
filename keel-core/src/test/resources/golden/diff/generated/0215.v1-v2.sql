-- DropForeignKey
ALTER TABLE "Model 0 with space" DROP CONSTRAINT "Model 0 with space_r0_model0_0_fkey";

-- AlterTable
ALTER TABLE "Model 0 with space" DROP COLUMN "r0_model0_0";

-- AlterTable
ALTER TABLE "modèle_1" ALTER COLUMN "f2" DROP NOT NULL;

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ALTER COLUMN "select_f4" DROP NOT NULL;
