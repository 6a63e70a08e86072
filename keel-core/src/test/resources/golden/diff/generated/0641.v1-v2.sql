-- AlterTable
ALTER TABLE "Model0" ADD COLUMN     "select_g0" MONEY;
