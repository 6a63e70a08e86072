-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD COLUMN     "g0" OID;

-- AlterTable
ALTER TABLE "modèle_2" DROP COLUMN "select_f3";

-- CreateTable
CREATE TABLE "Added2" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "Added2_pkey" PRIMARY KEY ("id")
);
