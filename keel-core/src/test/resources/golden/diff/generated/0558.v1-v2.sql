-- AlterTable
ALTER TABLE "modèle_4" ALTER COLUMN "f3_col" DROP DEFAULT;
