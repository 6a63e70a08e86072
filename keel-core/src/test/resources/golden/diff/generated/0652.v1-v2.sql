-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r0__fkey";

-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r1__fkey";

-- AlterTable
ALTER TABLE "modèle_0" DROP COLUMN "f0";

-- DropTable
DROP TABLE "a_table_name_long_enough_to_push_index_names_past_63_1";

-- CreateTable
CREATE TABLE "Model1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DECIMAL(10,2) NOT NULL,
    "r0_model1_0" INTEGER,
    "r0_model1_1" TEXT,
    "r1_model0_0" INTEGER NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("ka","kb")
);

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model1_0_r0_model1_1_fkey" FOREIGN KEY ("r0_model1_0", "r0_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
