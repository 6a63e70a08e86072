-- AlterEnum
ALTER TYPE "Enum0" ADD VALUE 'W0';

-- DropForeignKey
ALTER TABLE "order_1" DROP CONSTRAINT "order_1_r2_model1_0_fkey";

-- DropIndex
DROP INDEX "idx_model0_f5";

-- DropTable
DROP TABLE "order_1";
