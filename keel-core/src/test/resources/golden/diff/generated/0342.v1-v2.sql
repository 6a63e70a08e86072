-- AlterTable
ALTER TABLE "modèle_0" ADD COLUMN     "g0" BOOLEAN NOT NULL DEFAULT false;
