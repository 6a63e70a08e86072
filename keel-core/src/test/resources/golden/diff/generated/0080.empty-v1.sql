-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "order" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" "enum_1_type"[],
    "f1" "enum_1_type" NOT NULL,
    "f2" "Enum0" NOT NULL DEFAULT 'V0',
    "select_f3" "enum_1_type" NOT NULL DEFAULT 'V0',
    "r0_model0_0" UUID,
    "r1_model0_0" UUID,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" TEXT NOT NULL,
    "select_f0" "Enum0"[],
    "f1" "Enum0"[],
    "f2" OID,
    "r2_model0_0" UUID,
    "r3_model0_0" UUID,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" SERIAL NOT NULL,
    "f0" "Enum0" NOT NULL DEFAULT 'V0',
    "f1" BIT(8),
    "f2" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "f3" TIMESTAMP(0),
    "r4_model2_0" INTEGER,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" BOOLEAN[],
    "f1 with space" DECIMAL(10,2)[],
    "f2 with space" DATE,
    "r5_model3_0" INTEGER,
    "r5_model3_1" TEXT,
    "r6_model1_0" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" JSON,
    "r7_model4_0" UUID,
    "r8_model1_0" TEXT NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" (
    "id" VARCHAR(30) NOT NULL,
    "f0" BOOLEAN[],
    "r9_model0_0" UUID,
    "r10_model1_0" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_f1_key" ON "order"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_ka_k_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("ka", "kb");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_4_r8_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_4"("r8_model1_0");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_5_r9_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_5"("r9_model0_0");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "modèle_2"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r5__fkey" FOREIGN KEY ("r5_model3_0", "r5_model3_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_3"("ka", "kb") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r6__fkey" FOREIGN KEY ("r6_model1_0") REFERENCES "model_1"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r7__fkey" FOREIGN KEY ("r7_model4_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r8__fkey" FOREIGN KEY ("r8_model1_0") REFERENCES "model_1"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r9__fkey" FOREIGN KEY ("r9_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r10_fkey" FOREIGN KEY ("r10_model1_0") REFERENCES "model_1"("id") ON DELETE CASCADE ON UPDATE RESTRICT;
