-- CreateEnum
CREATE TYPE "enum_12_type" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- AlterTable
ALTER TABLE "order_3" ADD COLUMN     "g0" BYTEA;
