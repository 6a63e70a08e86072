-- DropForeignKey
ALTER TABLE "order_3" DROP CONSTRAINT "order_3_r4_model1_0_r4_model1_1_fkey";

-- DropForeignKey
ALTER TABLE "order_5" DROP CONSTRAINT "order_5_r8_model5_0_r8_model5_1_fkey";

-- AlterTable
ALTER TABLE "Model4" DROP COLUMN "f2",
ADD COLUMN     "select_f2" "Enum0" NOT NULL;

-- DropTable
DROP TABLE "order_5";

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r4_model1_0_r4_model1_1_fkey" FOREIGN KEY ("r4_model1_0", "r4_model1_1") REFERENCES "order_1"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;
