-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" INTEGER NOT NULL,
    "f0" TIMETZ(2),
    "f1_col" "Enum0"[],
    "r0_model0_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" INTEGER NOT NULL,
    "f0" REAL NOT NULL DEFAULT 0.25,
    "f1" XML,
    "f2" UUID NOT NULL,
    "f3" REAL[],
    "f4" XML,
    "f5" JSONB,
    "r1_model1_0" INTEGER,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DECIMAL(65,30),
    "f1" "Enum0" NOT NULL,
    "f2_col" TIMESTAMPTZ(6) NOT NULL,
    "f3" VARCHAR(191)[],
    "f4" UUID NOT NULL,
    "f5" VARBIT(16),

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "modèle_1_f2_idx" ON "modèle_1"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "order_2_f2_col_key" ON "order_2"("f2_col");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "modèle_1"("id") ON DELETE SET NULL ON UPDATE SET NULL;
