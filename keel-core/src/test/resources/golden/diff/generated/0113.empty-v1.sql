-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('value 0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "f0" "enum_1_type",
    "f1" BIGINT[],
    "f2" "enum_1_type" DEFAULT 'value 0',
    "select_f3" "Enum0" NOT NULL DEFAULT 'V0',
    "f4 with space" DOUBLE PRECISION,
    "r0_model0_0" BIGINT,
    "r1_model0_0" BIGINT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TIMESTAMP(3) NOT NULL,
    "f1" OID NOT NULL,
    "f2" DECIMAL(65,30) NOT NULL,
    "f3" INTEGER[],
    "r2_model1_0" INTEGER,
    "r2_model1_1" TEXT,
    "r3_model0_0" BIGINT NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" TEXT NOT NULL,
    "f0 with space" TIMESTAMPTZ(6),
    "f1" MONEY NOT NULL,
    "f2 with space" MONEY[],
    "f3_col" TIME(3) NOT NULL,
    "f4" TEXT,
    "r4_model1_0" INTEGER,
    "r4_model1_1" TEXT,
    "r5_model2_0" TEXT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" "Enum0"[],

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" JSONB,
    "select_f1" "Enum0"[],
    "f2_col" BIGINT[],
    "r6_model4_0" UUID,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model0_select_f3_idx" ON "Model0" USING HASH ("select_f3");

-- CreateIndex
CREATE INDEX "Model2_f1_idx" ON "Model2" USING HASH ("f1");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_r2_model1_1_fkey" FOREIGN KEY ("r2_model1_0", "r2_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r4_model1_0_r4_model1_1_fkey" FOREIGN KEY ("r4_model1_0", "r4_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r5_model2_0_fkey" FOREIGN KEY ("r5_model2_0") REFERENCES "Model2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r6_model4_0_fkey" FOREIGN KEY ("r6_model4_0") REFERENCES "Model4"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
