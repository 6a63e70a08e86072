-- AlterEnum
ALTER TYPE "enum_0_type" ADD VALUE 'W0';

-- AlterTable
ALTER TABLE "Model1" ALTER COLUMN "f0" SET NOT NULL;
