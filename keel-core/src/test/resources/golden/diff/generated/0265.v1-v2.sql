-- AlterTable
ALTER TABLE "Model 0 with space" ALTER COLUMN "f0" SET NOT NULL;
