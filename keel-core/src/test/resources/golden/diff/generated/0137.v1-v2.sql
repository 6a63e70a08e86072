-- CreateEnum
CREATE TYPE "Enum10" AS ENUM ('value 0', 'value 1', 'V2', 'V3');

-- DropForeignKey
ALTER TABLE "model_0" DROP CONSTRAINT "model_0_r0_model0_0_fkey";

-- AlterTable
ALTER TABLE "model_0" DROP COLUMN "f5",
DROP COLUMN "r0_model0_0";
