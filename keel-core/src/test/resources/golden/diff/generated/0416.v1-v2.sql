-- DropForeignKey
ALTER TABLE "order" DROP CONSTRAINT "order_r0_model0_0_fkey";

-- AlterTable
ALTER TABLE "order" ADD COLUMN     "r100_model0_0" VARCHAR(30);

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r100_model0_0_fkey" FOREIGN KEY ("r100_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE CASCADE;
