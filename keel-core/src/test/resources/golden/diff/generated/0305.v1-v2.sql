-- CreateEnum
CREATE TYPE "enum_10_type" AS ENUM ('V0', 'V1', 'V2');

-- AlterTable
ALTER TABLE "Model0" ADD COLUMN     "g0_renamed" "enum_10_type";
