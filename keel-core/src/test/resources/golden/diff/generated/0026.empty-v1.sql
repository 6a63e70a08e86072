-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" BIT(8),
    "f1" TIMESTAMP(0)[],
    "f2" TIMESTAMP(0)[],
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_ka_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("ka");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("ka", "kb") ON DELETE SET NULL ON UPDATE NO ACTION;
