-- AlterTable
ALTER TABLE "Model 0 with space" ADD COLUMN     "g0" DATE[];

-- AlterTable
ALTER TABLE "modèle_1" ADD COLUMN     "g2" DOUBLE PRECISION NOT NULL;

-- CreateTable
CREATE TABLE "Added2" (
    "id" VARCHAR(30) NOT NULL,

    CONSTRAINT "Added2_pkey" PRIMARY KEY ("id")
);
