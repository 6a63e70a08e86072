-- DropForeignKey
ALTER TABLE "Model0" DROP CONSTRAINT "Model0_r0_model0_0_fkey";

-- DropForeignKey
ALTER TABLE "order_2" DROP CONSTRAINT "order_2_r1_model1_0_fkey";

-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "r0_model0_0";

-- AlterTable
ALTER TABLE "order_2" DROP COLUMN "r1_model1_0";
