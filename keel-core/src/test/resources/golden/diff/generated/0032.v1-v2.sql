-- DropIndex
DROP INDEX "model_0_f0 with space_key";

-- AlterTable
ALTER TABLE "model_0" DROP COLUMN "f0 with space",
ADD COLUMN     "f0_renamed" VARBIT(16) NOT NULL;

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD COLUMN     "r100_model0_0" BIGINT;

-- CreateIndex
CREATE UNIQUE INDEX "model_0_f0_renamed_key" ON "model_0"("f0_renamed");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r10_fkey" FOREIGN KEY ("r100_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
