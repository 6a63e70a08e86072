-- AlterEnum
ALTER TYPE "Enum0" ADD VALUE 'W0';

-- AlterTable
ALTER TABLE "Model1" DROP COLUMN "f1",
ADD COLUMN     "f1" TIMETZ(2)[];
