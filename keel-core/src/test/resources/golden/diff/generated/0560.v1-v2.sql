-- DropForeignKey
ALTER TABLE "order" DROP CONSTRAINT "order_r0_model0_0_r0_model0_1_fkey";

-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r1__fkey";

-- DropForeignKey
ALTER TABLE "Model3" DROP CONSTRAINT "Model3_r4_model1_0_fkey";

-- AlterTable
ALTER TABLE "order" DROP COLUMN "r0_model0_0",
DROP COLUMN "r0_model0_1";

-- AlterTable
ALTER TABLE "Model3" DROP COLUMN "f3";

-- DropTable
DROP TABLE "a_table_name_long_enough_to_push_index_names_past_63_1";

-- CreateTable
CREATE TABLE "Model1" (
    "id" TEXT NOT NULL,
    "f0" REAL[],
    "f1" XML NOT NULL,
    "r1_model0_0" INTEGER,
    "r1_model0_1" TEXT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model0_0_r1_model0_1_fkey" FOREIGN KEY ("r1_model0_0", "r1_model0_1") REFERENCES "order"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
