-- AlterTable
ALTER TABLE "order_1" ALTER COLUMN "f0 with space" SET NOT NULL;
