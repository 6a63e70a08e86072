-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "f0",
ADD COLUMN     "f0_renamed" INTEGER[];

-- DropTable
DROP TABLE "a_table_name_long_enough_to_push_index_names_past_63_1";

-- CreateTable
CREATE TABLE "Model1" (
    "id" INTEGER NOT NULL,
    "f0" BOOLEAN,
    "f1_col" INTEGER,
    "select_f2" SMALLINT[],
    "f3" BIGINT DEFAULT 9007199254740993,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);
