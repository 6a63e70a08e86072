-- AlterTable
ALTER TABLE "modèle_2" DROP COLUMN "select_f0",
ADD COLUMN     "f0_renamed" TEXT DEFAULT 'hello';
