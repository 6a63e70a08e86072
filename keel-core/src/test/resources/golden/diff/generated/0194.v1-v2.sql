-- DropIndex
DROP INDEX "order_1_f0_key";

-- AlterTable
ALTER TABLE "order_1" DROP COLUMN "f0",
ADD COLUMN     "f0" DECIMAL(65,30) DEFAULT 12.5;
