-- AlterTable
ALTER TABLE "Model0" ALTER COLUMN "f1 with space" DROP NOT NULL;

-- AlterTable
ALTER TABLE "order_2" DROP COLUMN "f3";
