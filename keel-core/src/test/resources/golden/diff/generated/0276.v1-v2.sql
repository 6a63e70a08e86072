-- AlterTable
ALTER TABLE "Model4" DROP COLUMN "f3",
ADD COLUMN     "f3_renamed" TIMETZ(2);
