-- AlterTable
ALTER TABLE "Model 2 with space" ADD COLUMN     "g0" UUID;
