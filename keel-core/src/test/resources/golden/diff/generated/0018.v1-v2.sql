-- DropIndex
DROP INDEX "Model1_f0_idx";

-- AlterTable
ALTER TABLE "Model0" ALTER COLUMN "f0_col" SET NOT NULL;
