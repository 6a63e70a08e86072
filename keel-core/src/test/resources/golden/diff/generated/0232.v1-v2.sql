-- AlterTable
ALTER TABLE "Model0" ADD COLUMN     "g0" TIMESTAMP(0);
