-- AlterTable
ALTER TABLE "Model2" DROP COLUMN "f4 with space",
ADD COLUMN     "f4" REAL;
