-- CreateEnum
CREATE TYPE "Enum12" AS ENUM ('V0', 'V1', 'V2');

-- DropForeignKey
ALTER TABLE "order_1" DROP CONSTRAINT "order_1_r1_model1_0_r1_model1_1_fkey";

-- AlterTable
ALTER TABLE "order_3" ALTER COLUMN "f2" SET DATA TYPE DECIMAL(10,2)[];

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r1_model1_0_r1_model1_1_fkey" FOREIGN KEY ("r1_model1_0", "r1_model1_1") REFERENCES "order_1"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;
