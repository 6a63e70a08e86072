-- AlterEnum
ALTER TYPE "enum_1_type" ADD VALUE 'W1';

-- AlterTable
ALTER TABLE "order_1" ADD COLUMN     "g0" INTEGER;
