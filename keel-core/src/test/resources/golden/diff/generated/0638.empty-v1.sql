-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1');

-- CreateTable
CREATE TABLE "order" (
    "id" TEXT NOT NULL,
    "f0" "Enum0" NOT NULL DEFAULT 'V0',
    "f1_col" "Enum0"[],
    "select_f2" BYTEA,
    "f3" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f4" VARCHAR(191),
    "r0_model0_0" TEXT,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DECIMAL(65,30) NOT NULL DEFAULT 12.5,
    "f1" VARBIT(16),

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r1_model1_0" INTEGER NOT NULL,
    "r1_model1_1" TEXT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "order_f3_idx" ON "order" USING HASH ("f3");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_f0_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_ka_key" ON "Model2"("ka");

-- CreateIndex
CREATE INDEX "Model2_ka_idx" ON "Model2"("ka");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model1_0_r1_model1_1_fkey" FOREIGN KEY ("r1_model1_0", "r1_model1_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;
