-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" DROP COLUMN "f0",
ADD COLUMN     "f0" "Enum0" NOT NULL DEFAULT 'V0';

-- AlterTable
ALTER TABLE "model_1" ADD COLUMN     "r100_model0_0" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "model_1_r100_model0_0_key" ON "model_1"("r100_model0_0");

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r100_model0_0_fkey" FOREIGN KEY ("r100_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
