-- CreateEnum
CREATE TYPE "Enum10" AS ENUM ('value 0', 'V1', 'V2', 'V3');

-- DropForeignKey
ALTER TABLE "order_1" DROP CONSTRAINT "order_1_r2_model1_0_fkey";

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "order_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;
