-- AlterTable
ALTER TABLE "Model1" DROP COLUMN "f0",
ADD COLUMN     "f0_renamed" DATE;
