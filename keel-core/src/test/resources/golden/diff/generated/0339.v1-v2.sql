-- AlterTable
ALTER TABLE "Model 0 with space" ADD COLUMN     "g0" TEXT;
