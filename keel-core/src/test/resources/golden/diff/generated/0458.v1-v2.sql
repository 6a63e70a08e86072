-- AlterEnum
ALTER TYPE "Enum0" ADD VALUE 'W0';

-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "f1";
