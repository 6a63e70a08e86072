-- AlterTable
ALTER TABLE "modèle_2" DROP COLUMN "select_f0";
