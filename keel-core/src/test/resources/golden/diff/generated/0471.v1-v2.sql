-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r3__fkey";

-- DropTable
DROP TABLE "a_table_name_long_enough_to_push_index_names_past_63_2";

-- CreateTable
CREATE TABLE "Model2" (
    "id" TEXT NOT NULL,
    "f0" TIMETZ(2),
    "f1" JSONB NOT NULL,
    "select_f2" BIGINT NOT NULL,
    "f3" TIMETZ(2),
    "f4" INTEGER[],
    "r3_model1_0" TEXT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model2_select_f2_idx" ON "Model2" USING HASH ("select_f2");

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
