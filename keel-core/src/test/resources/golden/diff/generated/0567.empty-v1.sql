-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" REAL NOT NULL DEFAULT 0.25,
    "f1 with space" JSONB[],
    "f2" BOOLEAN,
    "f3_col" DATE[],

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" INTEGER NOT NULL,
    "f0 with space" DOUBLE PRECISION,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0_col" BYTEA NOT NULL,
    "f1" "Enum0" NOT NULL,
    "f2" SMALLINT[],
    "f3 with space" "Enum0" NOT NULL DEFAULT 'V0',
    "f4" TEXT,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" SERIAL NOT NULL,
    "f0_col" DECIMAL(10,2) NOT NULL,
    "r0_model1_0" INTEGER NOT NULL,
    "r1_model1_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" (
    "id" INTEGER NOT NULL,
    "f0" UUID NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_5" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DECIMAL(65,30),
    "f1" "Enum0"[],
    "f2_col" INTEGER[] DEFAULT ARRAY[1, 2]::INTEGER[],
    "r2_model1_0" INTEGER,
    "r3_model4_0" INTEGER NOT NULL,

    CONSTRAINT "order_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_f0_c_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("f0_col");

-- CreateIndex
CREATE UNIQUE INDEX "order_5_r3_model4_0_key" ON "order_5"("r3_model4_0");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r0__fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r1__fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_5" ADD CONSTRAINT "order_5_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_5" ADD CONSTRAINT "order_5_r3_model4_0_fkey" FOREIGN KEY ("r3_model4_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_4"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
