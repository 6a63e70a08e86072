-- AlterTable
ALTER TABLE "Model2" ADD COLUMN     "select_g0" REAL;
