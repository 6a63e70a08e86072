-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "f0_col";

-- AlterTable
ALTER TABLE "Model4" ALTER COLUMN "f0" DROP NOT NULL;
