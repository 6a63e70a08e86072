-- DropIndex
DROP INDEX "Model1_f0_idx";

-- AlterTable
ALTER TABLE "model_2" DROP COLUMN "f2_col";

-- CreateTable
CREATE TABLE "modèle_50" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TEXT NOT NULL,
    "f1" DOUBLE PRECISION DEFAULT 1.5,

    CONSTRAINT "modèle_50_pkey" PRIMARY KEY ("id")
);
