-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r3__fkey";

-- AlterTable
ALTER TABLE "Model 2 with space" DROP COLUMN "f0",
ADD COLUMN     "f0_renamed" TEXT;

-- DropTable
DROP TABLE "a_table_name_long_enough_to_push_index_names_past_63_3";

-- CreateTable
CREATE TABLE "Model 50 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TIMESTAMP(0) NOT NULL,
    "f1" XML[],

    CONSTRAINT "Model 50 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "Model 50 with space_f0_idx" ON "Model 50 with space"("f0");
