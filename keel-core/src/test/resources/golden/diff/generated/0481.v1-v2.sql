-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD COLUMN     "r100_model0_0" TEXT;

-- CreateTable
CREATE TABLE "model_50" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" INTEGER,
    "f1 with space" DECIMAL(65,30) NOT NULL DEFAULT 12.5,
    "f2" "Enum0" NOT NULL,

    CONSTRAINT "model_50_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "model_50_kb_idx" ON "model_50" USING HASH ("kb");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r10_fkey" FOREIGN KEY ("r100_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE RESTRICT ON UPDATE SET NULL;
