-- AlterTable
ALTER TABLE "Model1" ADD COLUMN     "g0 with space" JSONB NOT NULL;
