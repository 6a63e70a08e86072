-- AlterTable
ALTER TABLE "modèle_1" DROP COLUMN "f3 with space";

-- AlterTable
ALTER TABLE "modèle_2" ADD COLUMN     "select_g0" INTEGER DEFAULT 0;
