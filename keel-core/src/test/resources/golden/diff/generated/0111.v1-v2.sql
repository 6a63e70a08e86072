-- AlterTable
ALTER TABLE "Model 1 with space" ADD COLUMN     "g0 with space" "Enum0";
