-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" SERIAL NOT NULL,
    "f0" "Enum1"[],
    "f1" VARBIT(16),
    "f2" DOUBLE PRECISION,
    "f3" REAL[],
    "select_f4" INTEGER[],
    "f5_col" SMALLINT[],

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" SERIAL NOT NULL,
    "f0" INTEGER NOT NULL DEFAULT 0,
    "f1 with space" OID,
    "select_f2" DECIMAL(10,2) NOT NULL,
    "f3" "Enum0",
    "r0_model0_0" INTEGER NOT NULL,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" JSONB NOT NULL DEFAULT '{}',
    "select_f1" "Enum0" NOT NULL,
    "r1_model0_0" INTEGER,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" BYTEA,
    "f1" DECIMAL(65,30) NOT NULL,
    "f2" DOUBLE PRECISION NOT NULL,
    "r2_model2_0" UUID NOT NULL,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_4" (
    "id" TEXT NOT NULL,
    "select_f0" VARBIT(16) NOT NULL,
    "f1" TIMETZ(2) NOT NULL,
    "f2" BIT(8)[],
    "r3_model3_0" INTEGER NOT NULL,
    "r3_model3_1" TEXT NOT NULL,
    "r4_model2_0" UUID,

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_r0_model0_0_key" ON "Model 1 with space"("r0_model0_0");

-- CreateIndex
CREATE INDEX "Model 1 with space_f0_select_f2_idx" ON "Model 1 with space"("f0", "select_f2");

-- CreateIndex
CREATE INDEX "order_2_select_f1_idx" ON "order_2"("select_f1");

-- CreateIndex
CREATE UNIQUE INDEX "model_3_kb_ka_key" ON "model_3"("kb", "ka");

-- CreateIndex
CREATE UNIQUE INDEX "model_4_r4_model2_0_key" ON "model_4"("r4_model2_0");

-- CreateIndex
CREATE INDEX "model_4_f1_idx" ON "model_4" USING HASH ("f1");

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "order_2"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r3_model3_0_r3_model3_1_fkey" FOREIGN KEY ("r3_model3_0", "r3_model3_1") REFERENCES "model_3"("ka", "kb") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "order_2"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
