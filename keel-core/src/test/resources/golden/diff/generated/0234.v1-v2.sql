-- CreateEnum
CREATE TYPE "Enum10" AS ENUM ('V0', 'value 1');

-- DropTable
DROP TABLE "Model2";

-- CreateTable
CREATE TABLE "model2_renamed" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" INTEGER NOT NULL DEFAULT 0,
    "f1" INTEGER NOT NULL,
    "f2" BYTEA NOT NULL,

    CONSTRAINT "model2_renamed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_50" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMESTAMPTZ(6) NOT NULL,
    "f1" VARBIT(16)[],

    CONSTRAINT "model_50_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model2_f0" ON "model2_renamed"("f0" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "model_50_f0_key" ON "model_50"("f0");
