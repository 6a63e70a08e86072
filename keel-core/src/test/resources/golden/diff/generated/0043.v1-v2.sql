-- CreateEnum
CREATE TYPE "Enum10" AS ENUM ('V0', 'V1', 'V2');

-- DropForeignKey
ALTER TABLE "Model0" DROP CONSTRAINT "Model0_r0_model0_0_fkey";

-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "r0_model0_0",
ALTER COLUMN "f0" SET NOT NULL;
