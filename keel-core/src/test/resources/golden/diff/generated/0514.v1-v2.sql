-- AlterTable
ALTER TABLE "Model1" DROP COLUMN "f2 with space";
