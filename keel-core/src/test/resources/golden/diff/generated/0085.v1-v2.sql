-- DropTable
DROP TABLE "a_table_name_long_enough_to_push_index_names_past_63_1";

-- CreateTable
CREATE TABLE "Model1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);
