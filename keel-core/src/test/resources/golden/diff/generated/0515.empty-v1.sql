-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "model_0" (
    "id" TEXT NOT NULL,
    "f0" XML,
    "f1" VARCHAR(191) NOT NULL DEFAULT 'it''s',
    "f2 with space" DECIMAL(10,2)[],
    "f3" TIMESTAMP(3) NOT NULL,
    "f4" DECIMAL(65,30) DEFAULT 12.5,
    "f5" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" TEXT NOT NULL,
    "f0 with space" DATE NOT NULL,
    "r0_model0_0" TEXT,
    "r1_model1_0" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" BIGSERIAL NOT NULL,
    "f0" DECIMAL(65,30) NOT NULL,
    "f1" "enum_1_type",
    "f2 with space" TIMETZ(2) NOT NULL,
    "f3" INTEGER DEFAULT 0,
    "r2_model0_0" TEXT,
    "r3_model1_0" TEXT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_0_f5_idx" ON "model_0" USING HASH ("f5");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_r0_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("r0_model0_0");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_f0 w_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_1" USING HASH ("f0 with space");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f2 with space_key" ON "Model2"("f2 with space");

-- CreateIndex
CREATE INDEX "idx_model2_f2" ON "Model2"("f2 with space" DESC);

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r1__fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
