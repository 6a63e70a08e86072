-- AlterTable
ALTER TABLE "modèle_0" ALTER COLUMN "f1 with space" SET NOT NULL;
