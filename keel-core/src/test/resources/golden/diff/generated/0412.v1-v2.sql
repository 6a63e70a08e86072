-- AlterTable
ALTER TABLE "Model 0 with space" DROP COLUMN "f2",
ADD COLUMN     "g0" DECIMAL(10,2)[];
