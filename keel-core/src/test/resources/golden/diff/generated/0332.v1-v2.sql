-- CreateEnum
CREATE TYPE "Enum10" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_50" (
    "id" SERIAL NOT NULL,
    "f0" TEXT[],
    "select_f1" "Enum10" NOT NULL DEFAULT 'V0',
    "f2" SMALLINT NOT NULL,
    "f3" TIMESTAMP(3),
    "f4" INTEGER,
    "f5" TIME(3),

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_50_pkey" PRIMARY KEY ("id")
);
