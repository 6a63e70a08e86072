-- AlterTable
ALTER TABLE "Model 0 with space" ADD COLUMN     "g0_col" INTEGER DEFAULT 42;

-- CreateTable
CREATE TABLE "model_51" (
    "id" SERIAL NOT NULL,
    "f0 with space" INTEGER[],
    "f1" INTEGER NOT NULL,
    "f2" DOUBLE PRECISION,
    "f3" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "model_51_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_51_f1_key" ON "model_51"("f1");
