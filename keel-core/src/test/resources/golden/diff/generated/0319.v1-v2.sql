-- AlterTable
ALTER TABLE "order" DROP COLUMN "select_f2";
