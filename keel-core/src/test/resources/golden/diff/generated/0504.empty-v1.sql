-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "model_0" (
    "id" BIGSERIAL NOT NULL,
    "f0" "enum_0_type"[],
    "f1" DOUBLE PRECISION NOT NULL,
    "f2" BIGINT[],
    "f3" OID NOT NULL,
    "f4" TEXT[],

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" SERIAL NOT NULL,
    "select_f0" CHAR(10) NOT NULL,
    "f1" TIME(3),
    "f2" VARBIT(16)[],
    "f3" "Enum1",
    "f4" "Enum1"[],
    "f5 with space" DOUBLE PRECISION,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" TEXT NOT NULL,
    "f0" "Enum1" DEFAULT 'V0',
    "select_f1" UUID[],
    "f2" "enum_0_type" NOT NULL DEFAULT 'V0',
    "r0_model1_0" INTEGER NOT NULL,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" UUID NOT NULL,
    "f1" TIMESTAMP(0)[],
    "r1_model0_0" BIGINT NOT NULL,
    "r2_model3_0" UUID,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_0_f1_f3_idx" ON "model_0"("f1", "f3");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_sele_key" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("select_f0");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_sele_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("select_f0");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_f2_key" ON "modèle_2"("f2");

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model3_0_fkey" FOREIGN KEY ("r2_model3_0") REFERENCES "Model3"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
