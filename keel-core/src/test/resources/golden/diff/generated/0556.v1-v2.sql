-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "select_f2";
