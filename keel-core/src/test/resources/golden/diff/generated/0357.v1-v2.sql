-- DropForeignKey
ALTER TABLE "order_1" DROP CONSTRAINT "order_1_r0_model1_0_fkey";

-- AlterTable
ALTER TABLE "order_1" DROP COLUMN "r0_model1_0";

-- AlterTable
ALTER TABLE "model_4" DROP COLUMN "f2 with space",
ADD COLUMN     "select_f2" DECIMAL(65,30) NOT NULL;
