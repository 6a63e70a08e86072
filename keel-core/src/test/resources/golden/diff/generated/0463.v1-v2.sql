-- AlterTable
ALTER TABLE "Model1" ADD COLUMN     "g0" JSONB DEFAULT '{}';
