-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "order" (
    "id" VARCHAR(30) NOT NULL,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMP(0) NOT NULL,
    "f1_col" JSONB NOT NULL DEFAULT '{}',
    "f2" INET NOT NULL,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" BIGSERIAL NOT NULL,
    "f0 with space" BIT(8),

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" TEXT NOT NULL,
    "f0" "Enum0" NOT NULL DEFAULT 'V0',
    "f1" TEXT NOT NULL,
    "f2" BYTEA[],
    "select_f3" BOOLEAN[],
    "f4" "Enum0" DEFAULT 'V0',
    "f5_col" BYTEA NOT NULL,
    "r0_model3_0" TEXT,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model1_f2" ON "modèle_1"("f2" DESC);

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r0_model3_0_fkey" FOREIGN KEY ("r0_model3_0") REFERENCES "order_3"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
