-- DropForeignKey
ALTER TABLE "Model0" DROP CONSTRAINT "Model0_r0_model0_0_fkey";

-- DropIndex
DROP INDEX "Model0_f4_f0_idx";

-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "r0_model0_0",
DROP COLUMN "f4",
ADD COLUMN     "f4" BIT(8);
