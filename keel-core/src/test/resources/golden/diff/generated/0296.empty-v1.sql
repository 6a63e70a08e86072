-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1', 'V2');

-- CreateTable
CREATE TABLE "model_0" (
    "id" VARCHAR(30) NOT NULL,
    "f0_col" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f1" BYTEA,
    "f2" "Enum0" NOT NULL DEFAULT 'V0',
    "r0_model0_0" VARCHAR(30),
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" OID NOT NULL,
    "f1 with space" JSONB,
    "f2" "Enum0" NOT NULL DEFAULT 'V0',
    "f3" TIME(3) NOT NULL,
    "f4" MONEY NOT NULL,
    "f5 with space" "Enum0" NOT NULL,
    "r2_model0_0" VARCHAR(30),

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" TEXT NOT NULL,
    "f0" DECIMAL(65,30) NOT NULL DEFAULT 12.5,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_0_f0_col_f2_idx" ON "model_0"("f0_col", "f2");

-- CreateIndex
CREATE INDEX "idx_model1_f0" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("f0" DESC);

-- CreateIndex
CREATE INDEX "Model2_f0_idx" ON "Model2"("f0");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r2__fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
