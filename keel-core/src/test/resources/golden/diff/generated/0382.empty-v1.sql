-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" TEXT NOT NULL,
    "f0 with space" "enum_0_type" DEFAULT 'V0',
    "f1" "enum_0_type" NOT NULL DEFAULT 'V0',
    "f2" "enum_0_type"[],
    "r0_model0_0" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" SERIAL NOT NULL,
    "f0" OID NOT NULL,
    "f1 with space" "enum_0_type"[],
    "f2" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "f3" TIMESTAMPTZ(6) NOT NULL,
    "f4_col" INTEGER NOT NULL,
    "f5" INTEGER[] DEFAULT ARRAY[1, 2]::INTEGER[],
    "r1_model1_0" INTEGER,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" JSON,
    "f1" INTEGER[],
    "f2" VARBIT(16) NOT NULL,
    "r2_model0_0" TEXT,
    "r3_model2_0" UUID,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" TIMESTAMP(3)[],
    "f1" DECIMAL(65,30) DEFAULT 12.5,
    "f2" TEXT,
    "r4_model2_0" UUID,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DECIMAL(65,30) NOT NULL,
    "select_f1" TIMESTAMPTZ(6) NOT NULL,
    "f2" "enum_0_type"[],
    "r5_model3_0" BIGINT,
    "r6_model4_0" INTEGER,
    "r6_model4_1" TEXT,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_f1_key" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_r2_model0_0_key" ON "Model2"("r2_model0_0");

-- CreateIndex
CREATE INDEX "idx_model2_f2" ON "Model2"("f2" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model4_select_f1_key" ON "Model4"("select_f1");

-- CreateIndex
CREATE INDEX "Model4_ka_idx" ON "Model4" USING HASH ("ka");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "model_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r4__fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "Model2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r5_model3_0_fkey" FOREIGN KEY ("r5_model3_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_3"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r6_model4_0_r6_model4_1_fkey" FOREIGN KEY ("r6_model4_0", "r6_model4_1") REFERENCES "Model4"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;
