-- AlterTable
ALTER TABLE "order_3" DROP COLUMN "f3",
ADD COLUMN     "f3_renamed" TIMESTAMP(0)[];
