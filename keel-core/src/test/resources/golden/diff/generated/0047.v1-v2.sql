-- AlterTable
ALTER TABLE "Model0" ALTER COLUMN "select_f0" SET NOT NULL;
