-- AlterTable
ALTER TABLE "order_4" DROP COLUMN "f1",
ADD COLUMN     "f1" DATE[];
