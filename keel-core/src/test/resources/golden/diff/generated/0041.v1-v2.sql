-- AlterEnum
ALTER TYPE "Enum0" ADD VALUE 'W1';

-- AlterTable
ALTER TABLE "Model2" ADD COLUMN     "g0_col" JSONB[];

-- AlterTable
ALTER TABLE "modèle_3" ALTER COLUMN "f1 with space" DROP DEFAULT;
