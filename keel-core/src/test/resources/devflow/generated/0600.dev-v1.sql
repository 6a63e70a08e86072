-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" BIGSERIAL NOT NULL,
    "f0" DECIMAL(10,2),
    "select_f1" DOUBLE PRECISION NOT NULL,
    "f2" XML[],
    "f3" JSON[],
    "f4" DECIMAL(65,30)[],
    "r0_model0_0" BIGINT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE SET NULL;
