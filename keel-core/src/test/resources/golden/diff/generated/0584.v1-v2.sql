-- AlterTable
ALTER TABLE "modèle_0" ADD COLUMN     "g0" VARCHAR(191);
