-- CreateEnum
CREATE TYPE "Enum10" AS ENUM ('V0', 'value 1', 'V2');

-- AlterTable
ALTER TABLE "modèle_1" ADD COLUMN     "g0" BOOLEAN;
