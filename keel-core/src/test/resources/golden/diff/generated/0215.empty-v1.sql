-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" TEXT NOT NULL,
    "f0_col" TIMETZ(2),
    "f1" REAL,
    "f2" TEXT DEFAULT 'hello',
    "f3" CHAR(10),
    "f4_col" "Enum1" NOT NULL,
    "f5_col" JSONB,
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" VARCHAR(30) NOT NULL,
    "f0_col" INET,
    "select_f1" INET,
    "f2" SMALLINT NOT NULL,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" SERIAL NOT NULL,
    "f0 with space" "Enum1",
    "f1" XML NOT NULL,
    "select_f2" TIMESTAMP(3)[],

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" VARCHAR(30) NOT NULL,
    "f0" INET NOT NULL,
    "f1_col" UUID,
    "f2" DOUBLE PRECISION NOT NULL,
    "f3" INET NOT NULL,
    "select_f4" "enum_0_type" NOT NULL,
    "f5" XML NOT NULL,
    "r2_model1_0" VARCHAR(30) NOT NULL,
    "r3_model2_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" VARCHAR(30) NOT NULL,
    "f0" BYTEA,
    "select_f1" JSONB[],

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 0 with space_f4_col_key" ON "Model 0 with space"("f4_col");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_f2_key" ON "modèle_1"("f2");

-- CreateIndex
CREATE INDEX "idx_model1_f2" ON "modèle_1"("f2" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_r2_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("r2_model1_0");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r2__fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "modèle_1"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r3__fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "order_2"("id") ON DELETE SET NULL ON UPDATE CASCADE;
