-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" INTEGER NOT NULL,
    "f0" BIT(8) NOT NULL,
    "f1" "enum_0_type",
    "f2" VARCHAR(191)[],
    "f3" BOOLEAN NOT NULL,
    "r0_model0_0" INTEGER,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" TEXT NOT NULL,
    "f0" SMALLINT NOT NULL,
    "f1_col" VARCHAR(191),
    "select_f2" OID NOT NULL,
    "f3" TEXT DEFAULT 'hello',
    "select_f4" OID NOT NULL,
    "r1_model1_0" TEXT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" BIGSERIAL NOT NULL,
    "f0" BIGINT NOT NULL,
    "f1" JSON,
    "f2" DECIMAL(10,2) NOT NULL,
    "f3" DECIMAL(10,2) NOT NULL,
    "f4" INTEGER DEFAULT 42,
    "r2_model1_0" TEXT NOT NULL,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" INTEGER NOT NULL,
    "r3_model2_0" BIGINT NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_0_f3_key" ON "modèle_0"("f3");

-- CreateIndex
CREATE UNIQUE INDEX "Model 2 with space_r2_model1_0_key" ON "Model 2 with space"("r2_model1_0");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r3__fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
