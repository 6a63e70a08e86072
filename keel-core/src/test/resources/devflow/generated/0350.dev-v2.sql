-- DropForeignKey
ALTER TABLE "order" DROP CONSTRAINT "order_r0_model0_0_fkey";

-- DropIndex
DROP INDEX "modèle_1_f3_f2_key";

-- AlterTable
ALTER TABLE "modèle_1" DROP COLUMN "f2";

-- AlterTable
ALTER TABLE "order" DROP COLUMN "r0_model0_0";
