-- DropForeignKey
ALTER TABLE "modèle_0" DROP CONSTRAINT "modèle_0_r0_model0_0_fkey";

-- AlterTable
ALTER TABLE "modèle_0" DROP COLUMN "r0_model0_0";

-- CreateTable
CREATE TABLE "Added1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);
