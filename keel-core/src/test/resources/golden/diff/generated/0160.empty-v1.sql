-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "model_0" (
    "id" BIGSERIAL NOT NULL,
    "f0" BYTEA,
    "f1" TEXT,
    "f2" "enum_0_type" NOT NULL,
    "select_f3" VARBIT(16)[],
    "f4" TIMESTAMP(0),
    "r0_model0_0" BIGINT,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" "enum_0_type" DEFAULT 'V0',

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r1_model0_0" BIGINT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" TEXT NOT NULL,
    "f0" OID NOT NULL,
    "f1" "enum_0_type" NOT NULL DEFAULT 'V0',
    "f2" CHAR(10) NOT NULL,
    "f3_col" INTEGER[],
    "f4_col" INET,
    "f5" VARCHAR(191) NOT NULL DEFAULT 'it''s',
    "r2_model2_0" INTEGER,
    "r2_model2_1" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "id" SERIAL NOT NULL,
    "f0_col" "enum_0_type" NOT NULL,
    "f1" TIMESTAMP(0),
    "f2" OID,
    "f3" "enum_0_type" DEFAULT 'V0',
    "f4" DATE NOT NULL,
    "f5" JSON[],
    "r3_model4_0" INTEGER,
    "r4_model2_0" INTEGER NOT NULL,
    "r4_model2_1" TEXT NOT NULL,

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_5" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "f1" "enum_0_type" DEFAULT 'V0',
    "select_f2" INET NOT NULL,
    "r5_model2_0" INTEGER NOT NULL,
    "r5_model2_1" TEXT NOT NULL,
    "r6_model4_0" INTEGER,

    CONSTRAINT "modèle_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_0_f2_idx" ON "model_0"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_f2_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("f2");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_f2_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_3" USING HASH ("f2");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r2__fkey" FOREIGN KEY ("r2_model2_0", "r2_model2_1") REFERENCES "Model2"("ka", "kb") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r3_model4_0_fkey" FOREIGN KEY ("r3_model4_0") REFERENCES "Model 4 with space"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r4_model2_0_r4_model2_1_fkey" FOREIGN KEY ("r4_model2_0", "r4_model2_1") REFERENCES "Model2"("ka", "kb") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_5" ADD CONSTRAINT "modèle_5_r5_model2_0_r5_model2_1_fkey" FOREIGN KEY ("r5_model2_0", "r5_model2_1") REFERENCES "Model2"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_5" ADD CONSTRAINT "modèle_5_r6_model4_0_fkey" FOREIGN KEY ("r6_model4_0") REFERENCES "Model 4 with space"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
