-- AlterTable
ALTER TABLE "Model0" ALTER COLUMN "f3" SET DEFAULT 'new default';
