-- DropForeignKey
ALTER TABLE "Model1" DROP CONSTRAINT "Model1_r0_model0_0_fkey";

-- DropIndex
DROP INDEX "Model1_r0_model0_0_key";

-- AlterTable
ALTER TABLE "model_0" DROP COLUMN "f2";

-- AlterTable
ALTER TABLE "Model1" DROP COLUMN "r0_model0_0";
