-- DropIndex
DROP INDEX "Model 0 with space_f1 with space_idx";

-- AlterTable
ALTER TABLE "Model 0 with space" DROP COLUMN "f1 with space";

-- AlterTable
ALTER TABLE "Model1" ADD COLUMN     "select_g0" TIMESTAMP(3)[];
