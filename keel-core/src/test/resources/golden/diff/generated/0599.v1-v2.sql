-- AlterTable
ALTER TABLE "Model 1 with space" ADD COLUMN     "g0_col" TIME(3)[];
