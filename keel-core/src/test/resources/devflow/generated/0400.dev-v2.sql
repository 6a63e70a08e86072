-- AlterTable
ALTER TABLE "modèle_0" DROP COLUMN "f0",
ADD COLUMN     "f0_renamed" TEXT DEFAULT 'hello';
