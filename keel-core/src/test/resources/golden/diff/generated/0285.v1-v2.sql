-- AlterTable
ALTER TABLE "Model0" ALTER COLUMN "f2_col" SET NOT NULL;

-- AlterTable
ALTER TABLE "modèle_1" DROP COLUMN "f0";
