-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1', 'value 2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" TEXT NOT NULL,
    "f0" TIME(3) NOT NULL,
    "f1" TIMESTAMP(3) NOT NULL,
    "f2_col" INTEGER,
    "r0_model1_0" TEXT,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" DECIMAL(10,2),
    "f1" "enum_0_type" NOT NULL DEFAULT 'V0',
    "f2" BYTEA NOT NULL,
    "f3_col" SMALLINT[],
    "r1_model2_0" UUID,
    "r2_model2_0" UUID,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0 with space" "Enum1",
    "f1 with space" TIMESTAMP(0),
    "f2" REAL,
    "select_f3" "Enum1"[],
    "f4" BIT(8),

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" INTEGER NOT NULL,
    "f0" BIGINT[],
    "f1" "Enum1" NOT NULL,
    "select_f2" BIT(8),
    "r3_model1_0" TEXT,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model1_f0" ON "model_1"("f0" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model4_f1_key" ON "Model4"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_r3_model1_0_key" ON "Model4"("r3_model1_0");

-- CreateIndex
CREATE INDEX "Model4_f1_idx" ON "Model4" USING HASH ("f1");

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "model_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "model_2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "model_2"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "model_1"("id") ON DELETE CASCADE ON UPDATE RESTRICT;
