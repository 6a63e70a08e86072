-- DropForeignKey
ALTER TABLE "Model2" DROP CONSTRAINT "Model2_r0_model0_0_fkey";

-- AlterTable
ALTER TABLE "Model2" DROP COLUMN "r0_model0_0";
