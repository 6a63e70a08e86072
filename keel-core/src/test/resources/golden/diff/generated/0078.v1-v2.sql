-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "f0 with space",
ADD COLUMN     "f0" XML;

-- AlterTable
ALTER TABLE "modèle_5" DROP COLUMN "f0";
