-- AlterTable
ALTER TABLE "modèle_0" ADD COLUMN     "g0_col" CHAR(10);
