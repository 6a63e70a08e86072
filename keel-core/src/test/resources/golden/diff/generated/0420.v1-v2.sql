-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r2__fkey";

-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r3__fkey";

-- DropIndex
DROP INDEX "order_2_f2_key";

-- AlterTable
ALTER TABLE "order_2" DROP COLUMN "f2",
ADD COLUMN     "f2_renamed" REAL NOT NULL DEFAULT 0.25;

-- AlterTable
ALTER TABLE "Model5" ALTER COLUMN "f1" SET NOT NULL;

-- DropTable
DROP TABLE "a_table_name_long_enough_to_push_index_names_past_63_4";

-- CreateTable
CREATE TABLE "Model4" (
    "id" SERIAL NOT NULL,
    "select_f0" XML,
    "select_f1" UUID[],
    "f2" DECIMAL(65,30) DEFAULT 12.5,
    "f3" UUID NOT NULL,
    "f4" DOUBLE PRECISION NOT NULL,
    "r2_model1_0" INTEGER NOT NULL,
    "r2_model1_1" TEXT NOT NULL,
    "r3_model1_0" INTEGER,
    "r3_model1_1" TEXT,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model4_f4_f3_idx" ON "Model4"("f4", "f3");

-- CreateIndex
CREATE UNIQUE INDEX "order_2_f2_renamed_key" ON "order_2"("f2_renamed");

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r2_model1_0_r2_model1_1_fkey" FOREIGN KEY ("r2_model1_0", "r2_model1_1") REFERENCES "Model 1 with space"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r3_model1_0_r3_model1_1_fkey" FOREIGN KEY ("r3_model1_0", "r3_model1_1") REFERENCES "Model 1 with space"("ka", "kb") ON DELETE NO ACTION ON UPDATE NO ACTION;
