-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'value 2', 'V3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" UUID[],

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "f0" "Enum0" NOT NULL,
    "f1 with space" DOUBLE PRECISION[],
    "f2" "Enum0"[],
    "f3" BOOLEAN NOT NULL,
    "f4" "Enum0" NOT NULL DEFAULT 'V0',
    "f5_col" MONEY,
    "r0_model0_0" UUID NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" BIGSERIAL NOT NULL,
    "f0" DECIMAL(10,2),
    "f1" TIMESTAMPTZ(6)[],
    "f2" DECIMAL(10,2) NOT NULL,
    "f3" TIMETZ(2) NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "id" TEXT NOT NULL,
    "f0" BIGINT,
    "r1_model3_0" TEXT,
    "r2_model3_0" TEXT,

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f3_key" ON "Model1"("f3");

-- CreateIndex
CREATE INDEX "idx_model1_f0" ON "Model1"("f0" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_f2_key" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("f2");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r1_model3_0_fkey" FOREIGN KEY ("r1_model3_0") REFERENCES "Model 3 with space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r2_model3_0_fkey" FOREIGN KEY ("r2_model3_0") REFERENCES "Model 3 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;
