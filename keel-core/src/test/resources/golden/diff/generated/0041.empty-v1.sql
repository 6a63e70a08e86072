-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "model_0" (
    "id" VARCHAR(30) NOT NULL,
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" VARCHAR(191) NOT NULL,
    "f1" DATE[],
    "r1_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" BIT(8) NOT NULL,
    "f1" TEXT,
    "select_f2" VARCHAR(191),
    "f3_col" BOOLEAN NOT NULL,
    "r2_model1_0" BIGINT NOT NULL,
    "r3_model2_0" VARCHAR(30),

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" INTEGER NOT NULL,
    "f0" "Enum0",
    "f1 with space" "Enum0" NOT NULL DEFAULT 'V0',
    "f2" JSON[],
    "f3" DOUBLE PRECISION NOT NULL,
    "f4" REAL,
    "r4_model3_0" INTEGER,

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r5_model3_0" INTEGER,
    "r6_model2_0" VARCHAR(30),

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" INTEGER NOT NULL,
    "f0" DOUBLE PRECISION,
    "f1" VARCHAR(191) DEFAULT 'it''s',
    "f2" TIMESTAMPTZ(6),
    "f3_col" CHAR(10)[],
    "f4" TIMESTAMPTZ(6),
    "r7_model3_0" INTEGER NOT NULL,
    "r8_model1_0" BIGINT,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f0_col_key" ON "Model1"("f0_col");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r1_model0_0_key" ON "Model1"("r1_model0_0");

-- CreateIndex
CREATE INDEX "Model1_f0_col_idx" ON "Model1" USING HASH ("f0_col");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_4_ka_key" ON "a_table_name_long_enough_to_push_index_names_past_63_4"("ka");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_4_kb_key" ON "a_table_name_long_enough_to_push_index_names_past_63_4"("kb");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r4_model3_0_fkey" FOREIGN KEY ("r4_model3_0") REFERENCES "modèle_3"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r5__fkey" FOREIGN KEY ("r5_model3_0") REFERENCES "modèle_3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r6__fkey" FOREIGN KEY ("r6_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r7_model3_0_fkey" FOREIGN KEY ("r7_model3_0") REFERENCES "modèle_3"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r8_model1_0_fkey" FOREIGN KEY ("r8_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE RESTRICT;
