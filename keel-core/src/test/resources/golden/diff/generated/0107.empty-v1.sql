-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('V0', 'V1', 'value 2', 'V3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" SERIAL NOT NULL,
    "f0 with space" "Enum0",
    "f1" "enum_1_type"[],
    "f2_col" TEXT NOT NULL DEFAULT 'hello',
    "f3" MONEY,
    "f4" SMALLINT,
    "f5" DECIMAL(65,30),
    "r0_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" UUID,
    "f1" TIME(3)[],
    "f2" CHAR(10) NOT NULL,
    "f3 with space" OID,
    "r1_model0_0" INTEGER,
    "r2_model1_0" VARCHAR(30),

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TIMESTAMPTZ(6),
    "f1" "enum_1_type" NOT NULL,
    "f2" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f3" MONEY[],
    "f4" SMALLINT,
    "r3_model2_0" INTEGER,
    "r3_model2_1" TEXT,
    "r4_model2_0" INTEGER,
    "r4_model2_1" TEXT,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" "enum_1_type"[],
    "f1" JSON NOT NULL,
    "f2" MONEY,
    "r5_model1_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" SMALLINT NOT NULL DEFAULT -5,

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_5" (
    "id" SERIAL NOT NULL,
    "f0" INTEGER[],
    "f1" TIMESTAMPTZ(6),
    "f2" CHAR(10) NOT NULL,
    "select_f3" "enum_1_type"[],
    "f4" "enum_1_type" NOT NULL DEFAULT 'V0',
    "r6_model5_0" INTEGER,
    "r7_model1_0" VARCHAR(30),

    CONSTRAINT "modèle_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f2_col_key" ON "Model0"("f2_col");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_f2_key" ON "modèle_1"("f2");

-- CreateIndex
CREATE INDEX "modèle_1_f2_idx" ON "modèle_1" USING HASH ("f2");

-- CreateIndex
CREATE INDEX "model_2_kb_f2_idx" ON "model_2"("kb", "f2");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_r5_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("r5_model1_0");

-- CreateIndex
CREATE INDEX "idx_model4_f0" ON "model_4"("f0" DESC);

-- CreateIndex
CREATE INDEX "idx_model5_f2" ON "modèle_5"("f2" DESC);

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "modèle_1"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r3_model2_0_r3_model2_1_fkey" FOREIGN KEY ("r3_model2_0", "r3_model2_1") REFERENCES "model_2"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r4_model2_0_r4_model2_1_fkey" FOREIGN KEY ("r4_model2_0", "r4_model2_1") REFERENCES "model_2"("ka", "kb") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r5__fkey" FOREIGN KEY ("r5_model1_0") REFERENCES "modèle_1"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_5" ADD CONSTRAINT "modèle_5_r6_model5_0_fkey" FOREIGN KEY ("r6_model5_0") REFERENCES "modèle_5"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_5" ADD CONSTRAINT "modèle_5_r7_model1_0_fkey" FOREIGN KEY ("r7_model1_0") REFERENCES "modèle_1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
