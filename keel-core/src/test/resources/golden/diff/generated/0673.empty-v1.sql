-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('value 0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DOUBLE PRECISION[],
    "f1" BYTEA,
    "f2 with space" SMALLINT NOT NULL DEFAULT -5,
    "f3" JSONB NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" TEXT NOT NULL,
    "f0" TIMETZ(2) NOT NULL,
    "f1" REAL[],

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" BIGSERIAL NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL,
    "r0_model1_0" TEXT,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" BIGSERIAL NOT NULL,
    "f0 with space" "enum_0_type" NOT NULL DEFAULT 'value 0',
    "f1" VARBIT(16),
    "f2" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f3_col" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" VARCHAR(30) NOT NULL,
    "f0" XML NOT NULL,
    "f1" DATE,
    "select_f2" TIMESTAMP(0) NOT NULL,
    "f3" "enum_0_type"[],
    "f4" MONEY,
    "r1_model2_0" BIGINT,
    "r2_model3_0" BIGINT,

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_5" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "r3_model4_0" VARCHAR(30),
    "r4_model2_0" BIGINT NOT NULL,

    CONSTRAINT "model_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f2 with space_key" ON "Model0"("f2 with space");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f0_key" ON "Model1"("f0");

-- CreateIndex
CREATE INDEX "idx_model2_f0" ON "Model 2 with space"("f0" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_f2_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "order_4_r1_model2_0_key" ON "order_4"("r1_model2_0");

-- CreateIndex
CREATE UNIQUE INDEX "order_4_r2_model3_0_key" ON "order_4"("r2_model3_0");

-- CreateIndex
CREATE INDEX "order_4_select_f2_idx" ON "order_4" USING HASH ("select_f2");

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r2_model3_0_fkey" FOREIGN KEY ("r2_model3_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_3"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_5" ADD CONSTRAINT "model_5_r3_model4_0_fkey" FOREIGN KEY ("r3_model4_0") REFERENCES "order_4"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model_5" ADD CONSTRAINT "model_5_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
