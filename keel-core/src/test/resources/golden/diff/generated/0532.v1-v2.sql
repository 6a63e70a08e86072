-- AlterTable
ALTER TABLE "Model1" ADD COLUMN     "g0_col" TIMESTAMP(3);
