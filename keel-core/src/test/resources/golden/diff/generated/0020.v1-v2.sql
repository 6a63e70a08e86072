-- AlterTable
ALTER TABLE "Model 2 with space" ALTER COLUMN "f0_col" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Model4" ADD COLUMN     "g0" CHAR(10);
