-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1', 'V2', 'V3');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" "enum_1_type"[],
    "f1" SMALLINT[],
    "select_f2" TEXT NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" TIMETZ(2) NOT NULL,
    "f1" VARBIT(16) NOT NULL,
    "f2" TIMESTAMP(0)[],
    "r0_model0_0" UUID,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" TEXT,
    "r1_model1_0" INTEGER NOT NULL,
    "r1_model1_1" TEXT NOT NULL,
    "r2_model1_0" INTEGER NOT NULL,
    "r2_model1_1" TEXT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" INTEGER NOT NULL,
    "f0" VARBIT(16)[],
    "f1 with space" DATE NOT NULL,
    "f2" REAL NOT NULL,
    "f3" DOUBLE PRECISION,
    "f4_col" VARCHAR(191)[],
    "f5" JSON,
    "r3_model2_0" INTEGER NOT NULL,
    "r3_model2_1" TEXT NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_select_f2_key" ON "Model0"("select_f2");

-- CreateIndex
CREATE INDEX "order_1_f0 with space_idx" ON "order_1" USING HASH ("f0 with space");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_r2_model1_0_r2_model1_1_key" ON "Model2"("r2_model1_0", "r2_model1_1");

-- CreateIndex
CREATE INDEX "idx_model3_f2" ON "Model3"("f2" DESC);

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model1_0_r1_model1_1_fkey" FOREIGN KEY ("r1_model1_0", "r1_model1_1") REFERENCES "order_1"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model1_0_r2_model1_1_fkey" FOREIGN KEY ("r2_model1_0", "r2_model1_1") REFERENCES "order_1"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r3_model2_0_r3_model2_1_fkey" FOREIGN KEY ("r3_model2_0", "r3_model2_1") REFERENCES "Model2"("ka", "kb") ON DELETE NO ACTION ON UPDATE RESTRICT;
