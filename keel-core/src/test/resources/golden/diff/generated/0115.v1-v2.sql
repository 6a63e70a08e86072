-- AlterTable
ALTER TABLE "Model2" DROP COLUMN "f2",
ADD COLUMN     "f2_renamed" BYTEA[];
