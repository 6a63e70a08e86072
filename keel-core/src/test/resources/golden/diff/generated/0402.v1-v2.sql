-- AlterTable
ALTER TABLE "model_0" ADD COLUMN     "g0 with space" TEXT NOT NULL DEFAULT 'hello';
