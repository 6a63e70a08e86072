-- AlterEnum
ALTER TYPE "Enum0" ADD VALUE 'W0';

-- DropForeignKey
ALTER TABLE "modèle_0" DROP CONSTRAINT "modèle_0_r0_model0_0_r0_model0_1_fkey";

-- AlterTable
ALTER TABLE "modèle_0" DROP COLUMN "r0_model0_0",
DROP COLUMN "r0_model0_1";
