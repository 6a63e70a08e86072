-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0');

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" UUID,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" BOOLEAN[],
    "r1_model0_0" INTEGER,
    "r1_model0_1" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" BIGSERIAL NOT NULL,
    "f0" "Enum0" NOT NULL DEFAULT 'value 0',
    "f1" MONEY[],
    "select_f2" "Enum0" NOT NULL DEFAULT 'value 0',
    "r2_model2_0" BIGINT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" BIGSERIAL NOT NULL,
    "f0 with space" DECIMAL(10,2)[],
    "f1 with space" TIMESTAMP(0) NOT NULL,
    "f2" OID[],
    "f3_col" SMALLINT,
    "f4" MONEY,
    "f5" "Enum0"[],

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" (
    "id" TEXT NOT NULL,
    "f0" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f1" JSON,
    "f2" "Enum0" DEFAULT 'value 0',
    "f3" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "f4" "Enum0" NOT NULL,
    "r3_model2_0" BIGINT NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_r1_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("r1_model0_0", "r1_model0_1");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_4_r3_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_4"("r3_model2_0");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_4_f4_key" ON "a_table_name_long_enough_to_push_index_names_past_63_4"("f4");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r1__fkey" FOREIGN KEY ("r1_model0_0", "r1_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "Model2"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r3__fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model2"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
