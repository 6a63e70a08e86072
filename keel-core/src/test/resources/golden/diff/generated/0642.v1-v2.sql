-- CreateEnum
CREATE TYPE "enum_10_type" AS ENUM ('V0');

-- AlterTable
ALTER TABLE "Model2" ALTER COLUMN "f1" SET NOT NULL;
