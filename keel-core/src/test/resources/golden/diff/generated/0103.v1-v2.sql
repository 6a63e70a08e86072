-- CreateEnum
CREATE TYPE "Enum10" AS ENUM ('V0');

-- AlterTable
ALTER TABLE "model_0" ALTER COLUMN "select_f0" SET NOT NULL;

-- AlterTable
ALTER TABLE "modèle_2" DROP COLUMN "f1";
