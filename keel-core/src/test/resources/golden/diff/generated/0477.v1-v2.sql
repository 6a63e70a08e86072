-- AlterTable
ALTER TABLE "order_1" DROP COLUMN "f1";

-- AlterTable
ALTER TABLE "Model 2 with space" DROP COLUMN "f0";
