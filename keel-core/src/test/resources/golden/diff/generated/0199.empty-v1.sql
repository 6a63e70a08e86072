-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1', 'V2', 'V3');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" TEXT NOT NULL,
    "f0" DECIMAL(10,2),
    "f1_col" BIGINT,
    "f2 with space" "Enum0",
    "f3" TEXT NOT NULL,
    "f4" DECIMAL(10,2)[],
    "select_f5" "Enum0" NOT NULL,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" "Enum0"[],
    "f1_col" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DECIMAL(10,2),
    "f1" JSONB NOT NULL,
    "f2" "enum_1_type",
    "r0_model2_0" INTEGER,
    "r0_model2_1" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DECIMAL(65,30)[],
    "f1" DECIMAL(65,30)[],
    "f2" DATE,
    "f3_col" SMALLINT NOT NULL DEFAULT -5,
    "r2_model2_0" INTEGER,
    "r2_model2_1" TEXT,

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "id" SERIAL NOT NULL,
    "f0" REAL NOT NULL DEFAULT 0.25,
    "select_f1" INTEGER,
    "f2" "Enum0" NOT NULL DEFAULT 'V0',
    "select_f3" "Enum0"[],
    "f4 with space" DECIMAL(10,2)[],
    "r3_model0_0" TEXT NOT NULL,
    "r4_model0_0" TEXT,

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" (
    "id" SERIAL NOT NULL,
    "f0" TEXT,
    "f1" INTEGER NOT NULL DEFAULT 42,
    "f2" DECIMAL(65,30) NOT NULL,
    "f3" UUID,
    "f4_col" MONEY[],
    "f5" JSONB DEFAULT '{}',
    "r5_model3_0" INTEGER NOT NULL,
    "r5_model3_1" TEXT NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model2_ka_key" ON "Model2"("ka");

-- CreateIndex
CREATE INDEX "Model2_ka_idx" ON "Model2" USING HASH ("ka");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_5_r5_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_5"("r5_model3_0", "r5_model3_1");

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r0_model2_0_r0_model2_1_fkey" FOREIGN KEY ("r0_model2_0", "r0_model2_1") REFERENCES "Model2"("ka", "kb") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r2_model2_0_r2_model2_1_fkey" FOREIGN KEY ("r2_model2_0", "r2_model2_1") REFERENCES "Model2"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r5__fkey" FOREIGN KEY ("r5_model3_0", "r5_model3_1") REFERENCES "modèle_3"("ka", "kb") ON DELETE RESTRICT ON UPDATE RESTRICT;
