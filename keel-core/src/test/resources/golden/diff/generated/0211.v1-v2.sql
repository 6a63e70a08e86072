-- AlterTable
ALTER TABLE "order_1" DROP COLUMN "f1",
ADD COLUMN     "f1_renamed" SMALLINT;
