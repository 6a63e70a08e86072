-- AlterTable
ALTER TABLE "model_1" DROP COLUMN "f0",
ADD COLUMN     "f0" TIMETZ(2);
