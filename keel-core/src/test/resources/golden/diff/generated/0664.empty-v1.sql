-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "model_0" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" BYTEA,
    "r0_model0_0" BIGINT,
    "r1_model0_0" BIGINT,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" BIGINT DEFAULT 9007199254740993,
    "select_f1" MONEY,
    "f2" CHAR(10)[],

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" INTEGER NOT NULL,
    "f0_col" INET NOT NULL,
    "f1" "Enum1",
    "f2_col" VARCHAR(191) NOT NULL,
    "f3" SMALLINT NOT NULL,
    "f4" TIMETZ(2) NOT NULL,
    "f5_col" VARCHAR(191) NOT NULL,
    "r2_model0_0" BIGINT NOT NULL,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" VARCHAR(30) NOT NULL,
    "f0" OID NOT NULL,
    "r3_model0_0" BIGINT NOT NULL,

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMP(3) NOT NULL,
    "f1" MONEY[],
    "select_f2" TIMESTAMPTZ(6)[],

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "r4_model1_0" INTEGER,
    "r4_model1_1" TEXT,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_ka_key" ON "modèle_1"("ka");

-- CreateIndex
CREATE INDEX "modèle_1_ka_idx" ON "modèle_1"("ka");

-- CreateIndex
CREATE INDEX "Model4_f0_idx" ON "Model4" USING HASH ("f0");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "model_0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r4_model1_0_r4_model1_1_fkey" FOREIGN KEY ("r4_model1_0", "r4_model1_1") REFERENCES "modèle_1"("ka", "kb") ON DELETE SET NULL ON UPDATE SET NULL;
