-- AlterTable
ALTER TABLE "Model2" DROP COLUMN "f1_col",
ADD COLUMN     "f1_renamed" REAL NOT NULL;
