-- AlterTable
ALTER TABLE "model_0" ADD COLUMN     "g0" TIMESTAMPTZ(6);
