-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD COLUMN     "r100_added1_0" BIGINT;

-- CreateTable
CREATE TABLE "model_50" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" TEXT NOT NULL,
    "f1" XML,
    "f2" BYTEA,
    "select_f3" INET,
    "f4" DATE NOT NULL,

    CONSTRAINT "model_50_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_50_f4_key" ON "model_50"("f4");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_r100_key" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("r100_added1_0");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r10_fkey" FOREIGN KEY ("r100_added1_0") REFERENCES "model_50"("id") ON DELETE CASCADE ON UPDATE SET NULL;
