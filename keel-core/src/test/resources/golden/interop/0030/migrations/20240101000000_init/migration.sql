-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "f0" BOOLEAN[],
    "select_f1" UUID NOT NULL,
    "f2_col" BYTEA NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" TIMETZ(2),
    "f1" INTEGER[],

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" "enum_1_type"[],
    "f1" DOUBLE PRECISION,
    "f2" "enum_0_type" NOT NULL,
    "r0_model2_0" INTEGER,
    "r0_model2_1" TEXT,
    "r1_model1_0" UUID NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" XML,
    "f1" TIMETZ(2)[],
    "f2" DATE,
    "f3" BIGINT DEFAULT 9007199254740993,
    "r2_model0_0" BIGINT,
    "r3_model2_0" INTEGER NOT NULL,
    "r3_model2_1" TEXT NOT NULL,

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f2_col_key" ON "Model0"("f2_col");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_r1_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("r1_model1_0");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_ka_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_2" USING HASH ("ka");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_3_kb_key" ON "modèle_3"("kb");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_3_r2_model0_0_key" ON "modèle_3"("r2_model0_0");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r0__fkey" FOREIGN KEY ("r0_model2_0", "r0_model2_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("ka", "kb") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r1__fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r3_model2_0_r3_model2_1_fkey" FOREIGN KEY ("r3_model2_0", "r3_model2_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;
