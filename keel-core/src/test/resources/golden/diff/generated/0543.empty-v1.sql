-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'value 1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" TEXT NOT NULL,
    "f0" VARBIT(16),

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMESTAMP(0) NOT NULL,
    "f1" MONEY NOT NULL,
    "f2" VARBIT(16) NOT NULL,
    "f3 with space" TIME(3) NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" INTEGER NOT NULL,
    "f0" TEXT[],
    "f1" VARCHAR(191) NOT NULL DEFAULT 'it''s',
    "f2" BYTEA,
    "r0_model2_0" INTEGER,
    "r1_model1_0" VARCHAR(30),

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" TEXT NOT NULL,
    "f0" VARCHAR(191),

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f2_key" ON "Model1"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "model_2_r1_model1_0_key" ON "model_2"("r1_model1_0");

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r0_model2_0_fkey" FOREIGN KEY ("r0_model2_0") REFERENCES "model_2"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE SET NULL;
