-- CreateEnum
CREATE TYPE "Enum10" AS ENUM ('V0');

-- AlterTable
ALTER TABLE "order" DROP COLUMN "f0_col",
ADD COLUMN     "f0_renamed" TIMESTAMPTZ(6)[];

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ALTER COLUMN "f0" DROP NOT NULL;
