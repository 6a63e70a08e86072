-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" SERIAL NOT NULL,
    "f0" REAL DEFAULT 0.25,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" BIGSERIAL NOT NULL,
    "f0" TIMETZ(2) NOT NULL,
    "f1" TIME(3) NOT NULL,
    "f2" INET NOT NULL,
    "f3_col" TEXT DEFAULT '',
    "f4 with space" TIME(3) NOT NULL,
    "r0_model0_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TIME(3) NOT NULL,
    "r1_model2_0" UUID,
    "r2_model2_0" UUID,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" BIGINT[],
    "f1" TIMESTAMP(0)[],
    "f2" TIMESTAMPTZ(6) NOT NULL,
    "f3" "Enum0" NOT NULL DEFAULT 'V0',
    "f4 with space" OID,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_4" (
    "id" TEXT NOT NULL,
    "r3_model0_0" INTEGER NOT NULL,

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 5 with space" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" INET NOT NULL,
    "f1" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f2" TIMESTAMPTZ(6)[],
    "f3" DATE NOT NULL,
    "f4" XML,
    "select_f5" JSON NOT NULL,
    "r4_model3_0" INTEGER,
    "r4_model3_1" TEXT,

    CONSTRAINT "Model 5 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_ka_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("ka");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_f3_k_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("f3", "kb");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "order_2"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "order_2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 5 with space" ADD CONSTRAINT "Model 5 with space_r4_model3_0_r4_model3_1_fkey" FOREIGN KEY ("r4_model3_0", "r4_model3_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_3"("ka", "kb") ON DELETE SET NULL ON UPDATE RESTRICT;
