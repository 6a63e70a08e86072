-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "f3";
