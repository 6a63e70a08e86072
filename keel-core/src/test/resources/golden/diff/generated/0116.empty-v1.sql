-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DECIMAL(65,30)[],
    "f1" VARCHAR(191) NOT NULL,
    "f2" TIMESTAMP(0) NOT NULL,
    "f3 with space" TEXT[],
    "r0_model0_0" VARCHAR(30),
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" BIGSERIAL NOT NULL,
    "f0" "Enum0" NOT NULL DEFAULT 'V0',
    "f1" UUID NOT NULL,
    "f2_col" DECIMAL(65,30) NOT NULL,
    "f3" DECIMAL(65,30),
    "r2_model1_0" BIGINT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" INTEGER NOT NULL,
    "f0" DATE NOT NULL,
    "f1" TIMESTAMP(3)[],
    "f2 with space" CHAR(10),
    "r3_model2_0" INTEGER,
    "r4_model1_0" BIGINT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" TEXT NOT NULL,
    "f0" TIMESTAMPTZ(6) NOT NULL,
    "f1" DECIMAL(10,2)[],

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" BIGINT,
    "f1" BIT(8) NOT NULL,
    "r5_model2_0" INTEGER NOT NULL,
    "r6_model4_0" INTEGER,
    "r6_model4_1" TEXT,

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TIMETZ(2) NOT NULL,
    "f1_col" DECIMAL(65,30) NOT NULL,
    "select_f2" "Enum0" NOT NULL DEFAULT 'V0',
    "f3" DOUBLE PRECISION NOT NULL,
    "f4" REAL[],
    "select_f5" "Enum0" NOT NULL,
    "r7_model5_0" UUID,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "modèle_0_f2_idx" ON "modèle_0"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_r4_model1_0_key" ON "Model2"("r4_model1_0");

-- CreateIndex
CREATE UNIQUE INDEX "model_4_r5_model2_0_key" ON "model_4"("r5_model2_0");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_5_sele_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_5" USING HASH ("select_f2");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r2__fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r5_model2_0_fkey" FOREIGN KEY ("r5_model2_0") REFERENCES "Model2"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r6_model4_0_r6_model4_1_fkey" FOREIGN KEY ("r6_model4_0", "r6_model4_1") REFERENCES "model_4"("ka", "kb") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r7__fkey" FOREIGN KEY ("r7_model5_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_5"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
