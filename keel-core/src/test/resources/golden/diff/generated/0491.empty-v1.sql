-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('value 0', 'V1', 'value 2');

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "select_f0" OID,
    "f1_col" JSONB,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" BIT(8) NOT NULL,
    "f1_col" TEXT[],
    "r1_model1_0" UUID,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" BIGSERIAL NOT NULL,
    "f0" JSONB NOT NULL,
    "f1" XML,
    "f2" "enum_0_type" NOT NULL DEFAULT 'value 0',
    "f3" TIMESTAMP(3) NOT NULL,
    "r2_model1_0" UUID,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "order_1_f0_idx" ON "order_1" USING HASH ("f0");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_f2_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_r2_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("r2_model1_0");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "order_1"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r2__fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "order_1"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
