-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" BIGSERIAL NOT NULL,
    "f0" "enum_0_type" NOT NULL DEFAULT 'V0',
    "f1_col" UUID NOT NULL,
    "f2_col" "enum_0_type"[],
    "f3" INTEGER NOT NULL,
    "f4" VARCHAR(191) NOT NULL DEFAULT 'it''s',
    "select_f5" CHAR(10),
    "r0_model0_0" BIGINT,
    "r1_model0_0" BIGINT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" SMALLINT,
    "f1" VARBIT(16) NOT NULL,
    "f2" BYTEA,
    "f3" DECIMAL(10,2)[],
    "f4" TIME(3)[],

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" MONEY,
    "select_f1" SMALLINT NOT NULL DEFAULT -5,
    "r2_model0_0" BIGINT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" TEXT NOT NULL,
    "f0" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "f1" UUID[],
    "f2" DOUBLE PRECISION,
    "f3" "enum_0_type",
    "f4" "enum_0_type"[],

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" TEXT NOT NULL,
    "f0" SMALLINT,
    "f1 with space" JSONB NOT NULL DEFAULT '{}',
    "select_f2" DECIMAL(65,30) NOT NULL,
    "f3" TIMESTAMP(3) NOT NULL,
    "r3_model4_0" TEXT,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model1_kb" ON "Model1"("kb" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model2_r2_model0_0_key" ON "Model2"("r2_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_f3_key" ON "Model4"("f3");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_select_f2_f3_key" ON "Model4"("select_f2", "f3");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r1__fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r3_model4_0_fkey" FOREIGN KEY ("r3_model4_0") REFERENCES "Model4"("id") ON DELETE CASCADE ON UPDATE CASCADE;
