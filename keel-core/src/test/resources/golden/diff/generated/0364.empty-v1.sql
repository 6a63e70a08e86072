-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "f0" "enum_1_type" NOT NULL DEFAULT 'V0',
    "f1" "enum_0_type" NOT NULL,
    "f2" OID,
    "f3" UUID[],
    "f4" BOOLEAN NOT NULL,
    "f5" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" TEXT[],
    "f1" BIGINT[],
    "select_f2" DECIMAL(10,2),
    "f3" "enum_0_type"[],
    "f4" JSONB NOT NULL DEFAULT '{}',
    "f5" TIMESTAMP(3),
    "r0_model1_0" UUID,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" INTEGER NOT NULL,
    "f0" BIT(8) NOT NULL,
    "f1" TIME(3),

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" BIGSERIAL NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" BIT(8) NOT NULL,
    "r1_model1_0" UUID NOT NULL,
    "r2_model2_0" INTEGER NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "idx_model2_f0" ON "model_2"("f0" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model4_r2_model2_0_key" ON "Model4"("r2_model2_0");

-- CreateIndex
CREATE INDEX "Model4_ka_f0_idx" ON "Model4"("ka", "f0");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r0__fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "model_2"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
