-- DropForeignKey
ALTER TABLE "modèle_1" DROP CONSTRAINT "modèle_1_r0_model0_0_fkey";

-- AlterTable
ALTER TABLE "Model0" ADD COLUMN     "g0" VARCHAR(191)[];

-- AlterTable
ALTER TABLE "modèle_1" DROP COLUMN "r0_model0_0";
