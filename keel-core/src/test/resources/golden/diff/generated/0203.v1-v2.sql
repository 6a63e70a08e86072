-- CreateEnum
CREATE TYPE "Enum11" AS ENUM ('V0', 'V1');

-- AlterTable
ALTER TABLE "Model1" ADD COLUMN     "select_g0" JSONB NOT NULL;
