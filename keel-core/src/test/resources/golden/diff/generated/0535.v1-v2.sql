-- AlterTable
ALTER TABLE "Model 3 with space" ADD COLUMN     "g0" BIT(8);
