-- AlterTable
ALTER TABLE "Model2" DROP COLUMN "f0",
ADD COLUMN     "f0_col" "Enum0" NOT NULL;
