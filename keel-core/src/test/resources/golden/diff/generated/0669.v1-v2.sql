-- DropIndex
DROP INDEX "Model0_f0_idx";

-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "f0",
ADD COLUMN     "f0" DATE[];
