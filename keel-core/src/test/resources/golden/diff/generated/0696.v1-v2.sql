-- DropForeignKey
ALTER TABLE "order" DROP CONSTRAINT "order_r0_model0_0_fkey";

-- AlterTable
ALTER TABLE "Model1" ALTER COLUMN "f0 with space" SET DEFAULT 'new default';

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
