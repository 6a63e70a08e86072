-- DropForeignKey
ALTER TABLE "order_2" DROP CONSTRAINT "order_2_r3_model2_0_fkey";

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "order_2"("id") ON DELETE SET NULL ON UPDATE CASCADE;
