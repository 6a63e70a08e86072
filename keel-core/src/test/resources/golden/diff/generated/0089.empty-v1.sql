-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" "enum_0_type"[],
    "f1" "enum_0_type" DEFAULT 'V0',
    "f2" BIT(8),
    "select_f3" JSONB NOT NULL,
    "f4_col" DATE NOT NULL,
    "f5" BOOLEAN DEFAULT false,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" TEXT NOT NULL,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" INTEGER NOT NULL,
    "select_f0" "enum_0_type"[],
    "select_f1" JSON,
    "f2" XML NOT NULL,
    "f3" TIMESTAMP(0)[],
    "r2_model0_0" INTEGER,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE SET NULL;
