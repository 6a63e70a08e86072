-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" INTEGER NOT NULL DEFAULT 42,
    "f1" DECIMAL(10,2) NOT NULL,
    "f2" BIGINT NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" TEXT NOT NULL,
    "f0" TIMETZ(2),
    "r0_model0_0" INTEGER NOT NULL,
    "r0_model0_1" TEXT NOT NULL,
    "r1_model0_0" INTEGER NOT NULL,
    "r1_model0_1" TEXT NOT NULL,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" INTEGER NOT NULL,
    "f0" TEXT[],
    "select_f1" INTEGER DEFAULT 0,
    "f2" DATE NOT NULL,
    "f3" MONEY[],
    "f4" BYTEA NOT NULL,
    "r2_model0_0" INTEGER,
    "r2_model0_1" TEXT,
    "r3_model0_0" INTEGER NOT NULL,
    "r3_model0_1" TEXT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" BIGSERIAL NOT NULL,
    "r4_model2_0" INTEGER NOT NULL,
    "r5_model0_0" INTEGER,
    "r5_model0_1" TEXT,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" INTEGER NOT NULL,
    "f0" BIGINT[],
    "r6_model3_0" BIGINT,
    "r7_model4_0" INTEGER,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f1_key" ON "Model0"("f1");

-- CreateIndex
CREATE INDEX "idx_model0_ka" ON "Model0"("ka" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "model_1_r0_model0_0_r0_model0_1_key" ON "model_1"("r0_model0_0", "r0_model0_1");

-- CreateIndex
CREATE UNIQUE INDEX "model_1_r1_model0_0_r1_model0_1_key" ON "model_1"("r1_model0_0", "r1_model0_1");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f4_f2_key" ON "Model2"("f4", "f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_r3_model0_0_r3_model0_1_key" ON "Model2"("r3_model0_0", "r3_model0_1");

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r1_model0_0_r1_model0_1_fkey" FOREIGN KEY ("r1_model0_0", "r1_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_r2_model0_1_fkey" FOREIGN KEY ("r2_model0_0", "r2_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model0_0_r3_model0_1_fkey" FOREIGN KEY ("r3_model0_0", "r3_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "Model2"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r5_model0_0_r5_model0_1_fkey" FOREIGN KEY ("r5_model0_0", "r5_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r6_model3_0_fkey" FOREIGN KEY ("r6_model3_0") REFERENCES "model_3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r7_model4_0_fkey" FOREIGN KEY ("r7_model4_0") REFERENCES "Model4"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
