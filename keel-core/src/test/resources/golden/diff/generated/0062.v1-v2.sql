-- AlterTable
ALTER TABLE "Model1" ALTER COLUMN "f1 with space" DROP NOT NULL;
