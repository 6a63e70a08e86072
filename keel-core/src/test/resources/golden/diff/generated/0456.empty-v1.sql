-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "order" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TEXT DEFAULT '',
    "f1 with space" "Enum0" NOT NULL DEFAULT 'V0',
    "f2 with space" "Enum0",
    "select_f3" TIMESTAMP(0),
    "f4_col" "Enum1"[],

    CONSTRAINT "order_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" REAL,
    "r0_model1_0" INTEGER,
    "r0_model1_1" TEXT,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" TIMESTAMP(0) NOT NULL,
    "f1_col" JSON NOT NULL,
    "f2" DATE,
    "f3" "Enum1"[],
    "f4" VARCHAR(191) NOT NULL DEFAULT 'it''s',
    "f5" VARBIT(16)[],
    "r1_model2_0" VARCHAR(30),
    "r2_model1_0" INTEGER,
    "r2_model1_1" TEXT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" INTEGER NOT NULL,
    "f0" INTEGER,
    "f1" BYTEA NOT NULL,
    "f2" BOOLEAN NOT NULL DEFAULT false,
    "r3_model2_0" VARCHAR(30),
    "r4_model3_0" INTEGER,

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_1_kb_key" ON "order_1"("kb");

-- CreateIndex
CREATE INDEX "order_1_kb_ka_idx" ON "order_1"("kb", "ka");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f4_key" ON "Model2"("f4");

-- CreateIndex
CREATE INDEX "Model2_f4_f0 with space_idx" ON "Model2"("f4", "f0 with space");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_3_f2_key" ON "modèle_3"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_3_r3_model2_0_key" ON "modèle_3"("r3_model2_0");

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r0_model1_0_r0_model1_1_fkey" FOREIGN KEY ("r0_model1_0", "r0_model1_1") REFERENCES "order_1"("ka", "kb") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model1_0_r2_model1_1_fkey" FOREIGN KEY ("r2_model1_0", "r2_model1_1") REFERENCES "order_1"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r4_model3_0_fkey" FOREIGN KEY ("r4_model3_0") REFERENCES "modèle_3"("id") ON DELETE CASCADE ON UPDATE CASCADE;
