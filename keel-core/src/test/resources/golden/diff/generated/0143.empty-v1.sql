-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "model_0" (
    "id" TEXT NOT NULL,
    "f0" UUID NOT NULL,
    "f1" BOOLEAN NOT NULL DEFAULT false,
    "f2" "Enum0"[],
    "f3" DECIMAL(10,2) DEFAULT 0,
    "f4" "Enum0",
    "f5" TEXT,
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" INTEGER NOT NULL,
    "f0" UUID,
    "f1" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" TEXT NOT NULL,
    "f0" BIGINT NOT NULL,
    "f1" "Enum0",
    "f2" DATE,
    "f3" "Enum0" NOT NULL,
    "f4" VARBIT(16)[],
    "select_f5" "Enum0" NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_0_f0_f1_idx" ON "model_0"("f0", "f1");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
