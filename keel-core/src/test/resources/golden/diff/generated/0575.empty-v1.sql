-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'value 2');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('value 0');

-- CreateTable
CREATE TABLE "model_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" JSON[],
    "r0_model0_0" UUID,
    "r1_model0_0" UUID,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" BIGSERIAL NOT NULL,
    "f0" "Enum0"[],
    "f1" TIMESTAMP(0) NOT NULL,
    "f2" INTEGER NOT NULL,
    "f3" "enum_1_type"[],
    "f4" "enum_1_type" NOT NULL DEFAULT 'value 0',
    "f5" MONEY,
    "r2_model0_0" UUID,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r3_model0_0" UUID,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" VARCHAR(30) NOT NULL,
    "r4_model3_0" VARCHAR(30),

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TIMETZ(2) NOT NULL,
    "f1" BIT(8),
    "r5_model1_0" BIGINT NOT NULL,

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" UUID NOT NULL,
    "f1" "enum_1_type" NOT NULL DEFAULT 'value 0',
    "f2" DECIMAL(10,2) NOT NULL,
    "f3" TIMESTAMP(0),
    "r6_model1_0" BIGINT,
    "r7_model0_0" UUID,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_f4_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("f4");

-- CreateIndex
CREATE INDEX "idx_model4_ka" ON "order_4"("ka" DESC);

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_5_f2_f_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_5"("f2", "f1");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r2__fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r4_model3_0_fkey" FOREIGN KEY ("r4_model3_0") REFERENCES "Model3"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r5_model1_0_fkey" FOREIGN KEY ("r5_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r6__fkey" FOREIGN KEY ("r6_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r7__fkey" FOREIGN KEY ("r7_model0_0") REFERENCES "model_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
