-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" CHAR(10),
    "f1" MONEY,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" "enum_0_type" NOT NULL,
    "select_f1" BIGINT NOT NULL DEFAULT 9007199254740993,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" TEXT NOT NULL,
    "f0" DATE,
    "r0_model2_0" TEXT,
    "r1_model2_0" TEXT,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_select_f1_key" ON "Model1"("select_f1");

-- CreateIndex
CREATE INDEX "Model1_select_f1_f0_idx" ON "Model1"("select_f1", "f0");

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r0_model2_0_fkey" FOREIGN KEY ("r0_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE NO ACTION ON UPDATE SET NULL;
