-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'value 2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "select_f0" JSONB NOT NULL,
    "f1" UUID,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" BYTEA NOT NULL,
    "r1_model1_0" INTEGER,
    "r1_model1_1" TEXT,
    "r2_model1_0" INTEGER,
    "r2_model1_1" TEXT,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" BIGSERIAL NOT NULL,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" SERIAL NOT NULL,
    "f0" TIMESTAMP(0)[],
    "f1" MONEY[],
    "r3_model0_0" INTEGER,
    "r3_model0_1" TEXT,
    "r4_model0_0" INTEGER NOT NULL,
    "r4_model0_1" TEXT NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_1_f0_key" ON "model_1"("f0");

-- CreateIndex
CREATE INDEX "idx_model1_kb" ON "model_1"("kb" DESC);

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r1_model1_0_r1_model1_1_fkey" FOREIGN KEY ("r1_model1_0", "r1_model1_1") REFERENCES "model_1"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r2_model1_0_r2_model1_1_fkey" FOREIGN KEY ("r2_model1_0", "r2_model1_1") REFERENCES "model_1"("ka", "kb") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r3_model0_0_r3_model0_1_fkey" FOREIGN KEY ("r3_model0_0", "r3_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r4_model0_0_r4_model0_1_fkey" FOREIGN KEY ("r4_model0_0", "r4_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;
