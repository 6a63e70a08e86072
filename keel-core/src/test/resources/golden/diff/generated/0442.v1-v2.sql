-- AlterEnum
ALTER TYPE "Enum0" ADD VALUE 'W0';

-- AlterTable
ALTER TABLE "Model 1 with space" ALTER COLUMN "f1" DROP NOT NULL;
