-- AlterTable
ALTER TABLE "modèle_0" DROP COLUMN "f1 with space",
ADD COLUMN     "select_f1" JSONB,
ADD COLUMN     "select_g0" TIME(3) NOT NULL;
