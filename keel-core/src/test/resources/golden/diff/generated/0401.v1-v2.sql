-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" DROP COLUMN "f0",
ADD COLUMN     "f0_renamed" "Enum1",
ADD COLUMN     "r100_model0_0" INTEGER,
ADD COLUMN     "r100_model0_1" TEXT;

-- CreateTable
CREATE TABLE "Added1" (
    "id" BIGSERIAL NOT NULL,
    "f0" TIMESTAMP(3)[],
    "f1" "Enum1"[],
    "f2" BIT(8) NOT NULL,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Added1_f2_idx" ON "Added1"("f2");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r10_fkey" FOREIGN KEY ("r100_model0_0", "r100_model0_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("ka", "kb") ON DELETE SET NULL ON UPDATE RESTRICT;
