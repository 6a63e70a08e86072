-- DropIndex
DROP INDEX "Model2_f2_idx";

-- AlterTable
ALTER TABLE "Model2" DROP COLUMN "f4",
ADD COLUMN     "f4" VARCHAR(191) NOT NULL;
