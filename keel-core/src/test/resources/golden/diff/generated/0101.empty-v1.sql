-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'value 1');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DATE,
    "f1" DECIMAL(10,2) DEFAULT 0,
    "f2" VARBIT(16) NOT NULL,
    "r0_model0_0" UUID,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" TEXT NOT NULL,
    "f0" DATE NOT NULL,
    "f1" MONEY,
    "f2 with space" DECIMAL(10,2) NOT NULL,
    "f3" INTEGER NOT NULL,
    "r1_model0_0" UUID NOT NULL,
    "r2_model0_0" UUID,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_f2_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_0" USING HASH ("f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_r1_model0_0_key" ON "Model 1 with space"("r1_model0_0");

-- CreateIndex
CREATE INDEX "idx_model1_f0" ON "Model 1 with space"("f0" DESC);

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
