-- AlterTable
ALTER TABLE "order_1" ADD COLUMN     "g0" DATE;
