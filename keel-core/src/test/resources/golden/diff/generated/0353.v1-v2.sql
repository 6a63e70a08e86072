-- AlterEnum
ALTER TYPE "enum_0_type" ADD VALUE 'W0';

-- DropForeignKey
ALTER TABLE "order_1" DROP CONSTRAINT "order_1_r0_model1_0_fkey";

-- AlterTable
ALTER TABLE "order_1" DROP COLUMN "r0_model1_0";
