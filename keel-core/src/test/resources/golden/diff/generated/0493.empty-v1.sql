-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'value 2');

-- CreateTable
CREATE TABLE "model_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TIMESTAMP(0),

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" TIMESTAMPTZ(6) NOT NULL,
    "f1" "Enum0",
    "f2 with space" CHAR(10),
    "f3" REAL NOT NULL DEFAULT 0.25,
    "f4" TIME(3)[],
    "f5" INTEGER DEFAULT 0,
    "r0_model1_0" INTEGER,
    "r0_model1_1" TEXT,
    "r1_model1_0" INTEGER,
    "r1_model1_1" TEXT,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" DECIMAL(10,2) NOT NULL,
    "f1" CHAR(10),
    "f2 with space" JSON,
    "f3" TIME(3) NOT NULL,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" SERIAL NOT NULL,
    "f0" DATE,
    "f1_col" JSON NOT NULL,
    "f2_col" "Enum0"[],
    "select_f3" DOUBLE PRECISION,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" VARCHAR(30) NOT NULL,
    "f0" XML,
    "f1" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "f2" "Enum0" NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model1_kb" ON "modèle_1"("kb" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "order_2_f3_key" ON "order_2"("f3");

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r0_model1_0_r0_model1_1_fkey" FOREIGN KEY ("r0_model1_0", "r0_model1_1") REFERENCES "modèle_1"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r1_model1_0_r1_model1_1_fkey" FOREIGN KEY ("r1_model1_0", "r1_model1_1") REFERENCES "modèle_1"("ka", "kb") ON DELETE SET NULL ON UPDATE NO ACTION;
