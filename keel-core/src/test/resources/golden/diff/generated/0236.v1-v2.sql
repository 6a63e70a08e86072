-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" DROP COLUMN "f1";

-- CreateTable
CREATE TABLE "Added1" (
    "id" INTEGER NOT NULL,
    "f0" TIMETZ(2)[],
    "f1" DECIMAL(10,2) DEFAULT 0,
    "f2_col" SMALLINT,
    "f3" INTEGER,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);
