-- AlterTable
ALTER TABLE "Model 0 with space" ADD COLUMN     "g1" TIMESTAMPTZ(6)[],
ADD COLUMN     "select_g0" BOOLEAN[];
