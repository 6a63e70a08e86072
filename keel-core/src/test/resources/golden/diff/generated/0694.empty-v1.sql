-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" TEXT NOT NULL,
    "f0" JSON NOT NULL,
    "f1_col" "Enum1" NOT NULL,
    "f2_col" JSON NOT NULL,
    "select_f3" "Enum0"[],
    "f4" "Enum1" NOT NULL DEFAULT 'V0',
    "r0_model0_0" TEXT,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" VARCHAR(191)[],
    "f1" "Enum0"[],
    "r1_model1_0" INTEGER,
    "r1_model1_1" TEXT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" INTEGER NOT NULL,
    "f0 with space" TIMETZ(2),
    "f1" TIMESTAMPTZ(6) NOT NULL,
    "f2" TIMESTAMP(3),
    "select_f3" UUID NOT NULL,
    "f4_col" "Enum1" DEFAULT 'V0',
    "f5 with space" JSON,
    "r2_model0_0" TEXT,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_r1_model1_1_fkey" FOREIGN KEY ("r1_model1_0", "r1_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE SET NULL;
