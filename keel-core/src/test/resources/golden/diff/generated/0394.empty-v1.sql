-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('value 0', 'value 1');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" REAL,
    "f1 with space" DATE[],
    "select_f2" "enum_0_type" NOT NULL,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" TEXT NOT NULL,
    "f0_col" TIMESTAMPTZ(6),
    "f1" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "f2" BOOLEAN,
    "f3_col" TIMESTAMP(0),

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" TEXT NOT NULL,
    "f0 with space" REAL NOT NULL,
    "f1" UUID NOT NULL,
    "f2" "enum_1_type" NOT NULL DEFAULT 'value 0',
    "f3" DECIMAL(65,30),
    "f4" VARBIT(16) NOT NULL,
    "r1_model2_0" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" SERIAL NOT NULL,
    "f0" BIGINT,
    "f1" INTEGER NOT NULL,
    "f2" VARBIT(16)[],
    "f3" TEXT,
    "f4" SMALLINT NOT NULL,
    "f5" DOUBLE PRECISION[],
    "r2_model1_0" TEXT NOT NULL,
    "r3_model2_0" TEXT NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" BIGSERIAL NOT NULL,
    "f0" DECIMAL(65,30)[],
    "f1" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f2_col" VARBIT(16) NOT NULL,
    "f3" DOUBLE PRECISION,
    "f4" CHAR(10)[],
    "r4_model4_0" BIGINT,

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMESTAMP(0),
    "f1" INTEGER NOT NULL,
    "f2" CHAR(10) NOT NULL,
    "f3" "enum_0_type" NOT NULL,
    "f4_col" TEXT NOT NULL,
    "f5" DOUBLE PRECISION[],
    "r5_model4_0" BIGINT NOT NULL,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_sele_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_0" USING HASH ("select_f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f1_key" ON "Model1"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_f4_key" ON "Model3"("f4");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r1__fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r4_model4_0_fkey" FOREIGN KEY ("r4_model4_0") REFERENCES "order_4"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r5_model4_0_fkey" FOREIGN KEY ("r5_model4_0") REFERENCES "order_4"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
