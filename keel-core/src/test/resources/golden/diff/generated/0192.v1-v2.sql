-- DropForeignKey
ALTER TABLE "order" DROP CONSTRAINT "order_r0_model0_0_fkey";

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
