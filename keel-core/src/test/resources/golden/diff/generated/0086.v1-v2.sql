-- DropForeignKey
ALTER TABLE "Model0" DROP CONSTRAINT "Model0_r0_model0_0_fkey";

-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "r0_model0_0";
