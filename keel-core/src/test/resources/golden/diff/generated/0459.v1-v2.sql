-- AlterTable
ALTER TABLE "Model 3 with space" DROP COLUMN "f1";
