-- AlterTable
ALTER TABLE "modèle_3" DROP COLUMN "f1";
