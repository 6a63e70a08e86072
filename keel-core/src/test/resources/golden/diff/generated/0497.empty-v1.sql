-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'value 1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "order" (
    "id" VARCHAR(30) NOT NULL,
    "f0_col" OID,
    "f1" "Enum0"[],
    "f2" BOOLEAN[],
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" SERIAL NOT NULL,
    "f0" BYTEA NOT NULL,
    "f1_col" TIMETZ(2)[],
    "select_f2" TIMETZ(2) NOT NULL,
    "f3" BOOLEAN,
    "r1_model1_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" BOOLEAN,
    "f1" "Enum0",
    "f2_col" "Enum0" DEFAULT 'value 0',
    "f3" VARCHAR(191)[],
    "f4" "Enum0",
    "f5 with space" BIT(8)[],

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" "Enum0",
    "f1" REAL,
    "f2_col" "Enum0" NOT NULL DEFAULT 'value 0',
    "f3" TIMESTAMP(0) NOT NULL,
    "f4" "Enum0" NOT NULL,
    "f5" "Enum0" NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model 2 with space_ka_kb_idx" ON "Model 2 with space"("ka", "kb");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_f5_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("f5");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r1__fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE SET NULL ON UPDATE SET NULL;
