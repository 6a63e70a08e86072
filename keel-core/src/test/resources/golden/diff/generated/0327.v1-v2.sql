-- DropForeignKey
ALTER TABLE "modèle_1" DROP CONSTRAINT "modèle_1_r0_model1_0_fkey";

-- AlterTable
ALTER TABLE "modèle_1" DROP COLUMN "r0_model1_0";
