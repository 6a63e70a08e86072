-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'V2', 'value 3');

-- CreateTable
CREATE TABLE "model_0" (
    "id" TEXT NOT NULL,
    "r0_model0_0" TEXT,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DOUBLE PRECISION,
    "f1" "Enum1",
    "select_f2" INTEGER DEFAULT 42,
    "r1_model0_0" TEXT NOT NULL,
    "r2_model2_0" VARCHAR(30),

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" BIGSERIAL NOT NULL,
    "f0 with space" "Enum0" NOT NULL,
    "f1" TIMETZ(2) NOT NULL,
    "select_f2" DATE NOT NULL,
    "select_f3" "Enum0"[],
    "r3_model3_0" BIGINT,
    "r4_model2_0" VARCHAR(30),

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" BOOLEAN,
    "f1_col" TIMESTAMP(3) NOT NULL,
    "r5_model3_0" BIGINT NOT NULL,
    "r6_model3_0" BIGINT NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_3_select_f2_f0 with space_idx" ON "model_3"("select_f2", "f0 with space");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "Model2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r3_model3_0_fkey" FOREIGN KEY ("r3_model3_0") REFERENCES "model_3"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "Model2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r5__fkey" FOREIGN KEY ("r5_model3_0") REFERENCES "model_3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r6__fkey" FOREIGN KEY ("r6_model3_0") REFERENCES "model_3"("id") ON DELETE CASCADE ON UPDATE CASCADE;
