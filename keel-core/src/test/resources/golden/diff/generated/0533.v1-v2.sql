-- CreateEnum
CREATE TYPE "Enum12" AS ENUM ('V0', 'V1', 'V2');

-- AlterTable
ALTER TABLE "order" ADD COLUMN     "r100_model0_0" TEXT;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r100_model0_0_fkey" FOREIGN KEY ("r100_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
