-- AlterTable
ALTER TABLE "modèle_1" DROP COLUMN "f1";
