-- DropIndex
DROP INDEX "Model 0 with space_f0_key";

-- AlterTable
ALTER TABLE "Model 0 with space" DROP COLUMN "f0",
ADD COLUMN     "f0" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Model2" ALTER COLUMN "f0_col" DROP DEFAULT;
