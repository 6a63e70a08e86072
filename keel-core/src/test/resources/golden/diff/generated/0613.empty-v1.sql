-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "model_0" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" TEXT[],
    "f1" UUID,
    "f2" VARBIT(16)[],
    "f3" "Enum0" NOT NULL DEFAULT 'V0',
    "f4" TIME(3),
    "f5" "Enum0",

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" MONEY[],
    "f1" BOOLEAN NOT NULL,
    "f2" TIMESTAMP(3)[],
    "f3" BIGINT NOT NULL,
    "r0_model1_0" VARCHAR(30),
    "r1_model0_0" BIGINT NOT NULL,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" BIGSERIAL NOT NULL,
    "f0" TIMETZ(2),
    "f1" "Enum0" NOT NULL DEFAULT 'V0',
    "f2" REAL NOT NULL,
    "r2_model2_0" INTEGER,
    "r2_model2_1" TEXT,
    "r3_model2_0" INTEGER NOT NULL,
    "r3_model2_1" TEXT NOT NULL,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" BIGSERIAL NOT NULL,
    "f0" JSON,
    "f1" TIMESTAMPTZ(6),

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_f3_key" ON "modèle_1"("f3");

-- CreateIndex
CREATE INDEX "idx_model1_f1" ON "modèle_1"("f1" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model2_kb_key" ON "Model2"("kb");

-- CreateIndex
CREATE UNIQUE INDEX "order_3_r3_model2_0_r3_model2_1_key" ON "order_3"("r3_model2_0", "r3_model2_1");

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "modèle_1"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r2_model2_0_r2_model2_1_fkey" FOREIGN KEY ("r2_model2_0", "r2_model2_1") REFERENCES "Model2"("ka", "kb") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r3_model2_0_r3_model2_1_fkey" FOREIGN KEY ("r3_model2_0", "r3_model2_1") REFERENCES "Model2"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;
