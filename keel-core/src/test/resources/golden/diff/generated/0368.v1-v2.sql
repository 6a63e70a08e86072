-- AlterTable
ALTER TABLE "modèle_1" ADD COLUMN     "g0" MONEY NOT NULL;
