-- AlterTable
ALTER TABLE "order" DROP COLUMN "f0",
ADD COLUMN     "f0_renamed" DOUBLE PRECISION;
