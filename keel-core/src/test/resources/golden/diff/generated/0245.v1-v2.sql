-- AlterTable
ALTER TABLE "model_1" ADD COLUMN     "g1" UUID NOT NULL;

-- CreateTable
CREATE TABLE "model_50" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMPTZ(6) NOT NULL,
    "f1_col" DECIMAL(10,2)[],

    CONSTRAINT "model_50_pkey" PRIMARY KEY ("id")
);
