-- AlterTable
ALTER TABLE "model_1" ADD COLUMN     "g0_col" MONEY NOT NULL;
