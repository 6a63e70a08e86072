-- DropForeignKey
ALTER TABLE "modèle_0" DROP CONSTRAINT "modèle_0_r0_model0_0_fkey";

-- AlterTable
ALTER TABLE "modèle_0" DROP COLUMN "r0_model0_0";
