-- AlterEnum
ALTER TYPE "Enum0" ADD VALUE 'W0';

-- DropForeignKey
ALTER TABLE "Model1" DROP CONSTRAINT "Model1_r0_model0_0_fkey";

-- AlterTable
ALTER TABLE "Model1" DROP COLUMN "r0_model0_0";
