-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0');

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "f0 with space" OID,
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" VARBIT(16),
    "f1 with space" VARBIT(16) NOT NULL,
    "f2" VARCHAR(191)[],
    "f3" INTEGER[],
    "f4" BYTEA[],
    "f5" DECIMAL(10,2) DEFAULT 0,
    "r2_model2_0" INTEGER,
    "r2_model2_1" TEXT,
    "r3_model2_0" INTEGER,
    "r3_model2_1" TEXT,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" VARCHAR(30) NOT NULL,
    "f0_col" VARBIT(16) NOT NULL,
    "select_f1" INTEGER[],
    "f2" DOUBLE PRECISION[],
    "f3" MONEY,
    "f4" REAL[],
    "f5" DECIMAL(65,30) DEFAULT 12.5,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_2_ka_f1 with space_idx" ON "model_2"("ka", "f1 with space");

-- CreateIndex
CREATE INDEX "idx_model3_f0" ON "Model3"("f0_col" DESC);

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r2_model2_0_r2_model2_1_fkey" FOREIGN KEY ("r2_model2_0", "r2_model2_1") REFERENCES "model_2"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r3_model2_0_r3_model2_1_fkey" FOREIGN KEY ("r3_model2_0", "r3_model2_1") REFERENCES "model_2"("ka", "kb") ON DELETE SET NULL ON UPDATE RESTRICT;
