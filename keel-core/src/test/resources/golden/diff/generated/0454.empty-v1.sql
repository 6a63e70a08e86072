-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('value 0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "order" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL,
    "f1" DECIMAL(65,30)[],
    "f2" TIMESTAMP(0),
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "f0" "enum_1_type"[],
    "f1_col" "enum_1_type" NOT NULL,
    "f2" JSON NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" JSON[],
    "f1_col" CHAR(10)[],
    "f2" JSONB DEFAULT '{}',
    "r1_model0_0" VARCHAR(30) NOT NULL,
    "r2_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" TEXT NOT NULL,
    "f0_col" INTEGER NOT NULL DEFAULT 42,
    "f1" VARBIT(16) NOT NULL,
    "f2" DOUBLE PRECISION[],
    "f3_col" INTEGER NOT NULL,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model 5 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIME(3) NOT NULL,
    "f1" SMALLINT,
    "f2" CHAR(10) NOT NULL,
    "r3_model2_0" BIGINT NOT NULL,
    "r4_model4_0" INTEGER NOT NULL,
    "r4_model4_1" TEXT NOT NULL,

    CONSTRAINT "Model 5 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f1_col_key" ON "Model1"("f1_col");

-- CreateIndex
CREATE INDEX "Model1_f1_col_idx" ON "Model1"("f1_col");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_r1_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("r1_model0_0");

-- CreateIndex
CREATE INDEX "order_3_f0_col_idx" ON "order_3" USING HASH ("f0_col");

-- CreateIndex
CREATE INDEX "idx_model5_f0" ON "Model 5 with space"("f0" DESC);

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r1__fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r2__fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 5 with space" ADD CONSTRAINT "Model 5 with space_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 5 with space" ADD CONSTRAINT "Model 5 with space_r4_model4_0_r4_model4_1_fkey" FOREIGN KEY ("r4_model4_0", "r4_model4_1") REFERENCES "Model4"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;
