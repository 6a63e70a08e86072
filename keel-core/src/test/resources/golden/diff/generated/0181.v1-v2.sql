-- AlterTable
ALTER TABLE "Model2" DROP COLUMN "select_f1",
ADD COLUMN     "f1" DOUBLE PRECISION[];
