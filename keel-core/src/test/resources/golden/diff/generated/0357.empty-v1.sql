-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1', 'value 2', 'V3');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" "enum_0_type"[],
    "f1" DECIMAL(10,2),
    "f2" "enum_0_type",
    "f3" SMALLINT,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" TEXT NOT NULL,
    "f0 with space" BIGINT[],
    "r0_model1_0" TEXT,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" "enum_0_type" DEFAULT 'V0',
    "select_f1" "enum_0_type"[],
    "select_f2" REAL NOT NULL DEFAULT 0.25,
    "f3" BIGINT NOT NULL,
    "f4" TIME(3),
    "f5" INTEGER NOT NULL DEFAULT 0,
    "r1_model2_0" UUID,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" BIGINT,

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" REAL DEFAULT 0.25,
    "f1" TIME(3) NOT NULL,
    "f2 with space" TIMESTAMP(3),
    "f3_col" SMALLINT[],
    "r2_model2_0" UUID NOT NULL,
    "r3_model4_0" UUID,

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DOUBLE PRECISION[],
    "f1" INET,
    "f2" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model 0 with space_ka_idx" ON "Model 0 with space" USING HASH ("ka");

-- CreateIndex
CREATE UNIQUE INDEX "model_4_f1_key" ON "model_4"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_5_f2_key" ON "a_table_name_long_enough_to_push_index_names_past_63_5"("f2");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_5_f2_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_5"("f2");

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "order_1"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "Model2"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r3_model4_0_fkey" FOREIGN KEY ("r3_model4_0") REFERENCES "model_4"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
