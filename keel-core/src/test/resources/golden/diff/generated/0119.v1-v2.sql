-- AlterTable
ALTER TABLE "Model2" ALTER COLUMN "select_f0" SET NOT NULL;
