-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "modèle_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" "Enum0"[],
    "f1" TEXT NOT NULL,
    "f2" MONEY,
    "f3" CHAR(10),
    "f4" DOUBLE PRECISION[],
    "f5" "Enum0"[],
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" "Enum0" NOT NULL DEFAULT 'V0',
    "f1" REAL NOT NULL DEFAULT 0.25,
    "f2" "Enum0"[],
    "r1_model1_0" BIGINT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0 with space" INTEGER NOT NULL DEFAULT 42,
    "f1" TIMESTAMP(3) NOT NULL,
    "f2" TIMETZ(2) NOT NULL,
    "f3" BOOLEAN[],

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f1_key" ON "Model1"("f1");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "modèle_0"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
