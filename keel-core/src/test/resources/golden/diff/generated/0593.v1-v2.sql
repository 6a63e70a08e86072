-- AlterTable
ALTER TABLE "Model2" DROP COLUMN "select_f2",
ADD COLUMN     "f2_renamed" DECIMAL(65,30);
