-- AlterTable
ALTER TABLE "Model 0 with space" DROP COLUMN "f0";
