-- AlterTable
ALTER TABLE "Model 1 with space" ALTER COLUMN "f0" DROP DEFAULT;
