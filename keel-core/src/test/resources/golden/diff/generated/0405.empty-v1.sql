-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" JSON NOT NULL,
    "f1" JSONB NOT NULL,
    "f2 with space" TIMESTAMP(0),
    "f3" DOUBLE PRECISION DEFAULT 1.5,
    "f4" TIMESTAMP(3) NOT NULL,
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" BOOLEAN NOT NULL DEFAULT false,
    "f1" "Enum0"[],
    "f2" JSONB[],
    "r1_model0_0" VARCHAR(30),
    "r2_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" BIGSERIAL NOT NULL,
    "f0" VARCHAR(191) NOT NULL,
    "f1" "Enum0" NOT NULL DEFAULT 'V0',
    "f2 with space" BIT(8),
    "r3_model1_0" VARCHAR(30),

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_f4_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("f4");

-- CreateIndex
CREATE INDEX "Model 1 with space_select_f0_idx" ON "Model 1 with space"("select_f0");

-- CreateIndex
CREATE INDEX "order_2_f1_f0_idx" ON "order_2"("f1", "f0");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
