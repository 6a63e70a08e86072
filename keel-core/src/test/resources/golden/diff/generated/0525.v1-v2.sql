-- AlterTable
ALTER TABLE "modèle_0" DROP COLUMN "f0";
