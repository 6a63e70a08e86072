-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'value 2');

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "r0_model0_0" BIGINT,
    "r1_model0_0" BIGINT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" INTEGER,
    "f1" BIT(8)[],
    "f2" TEXT[],
    "r2_model1_0" UUID,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" VARBIT(16)[],
    "f1" DOUBLE PRECISION NOT NULL,
    "f2_col" "Enum0" NOT NULL,
    "r3_model1_0" UUID NOT NULL,
    "r4_model2_0" UUID,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_2_f2_col_key" ON "order_2"("f2_col");

-- CreateIndex
CREATE UNIQUE INDEX "order_2_f2_col_f1_key" ON "order_2"("f2_col", "f1");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r2__fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "order_2"("id") ON DELETE SET NULL ON UPDATE SET NULL;
