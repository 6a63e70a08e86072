-- DropForeignKey
ALTER TABLE "order_1" DROP CONSTRAINT "order_1_r1_model1_0_fkey";

-- AlterTable
ALTER TABLE "order_1" ADD COLUMN     "g0" INTEGER[];

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "order_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;
