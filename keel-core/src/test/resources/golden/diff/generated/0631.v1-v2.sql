-- AlterTable
ALTER TABLE "modèle_2" ADD COLUMN     "g0" BIGINT[];
