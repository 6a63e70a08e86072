-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0');

-- CreateTable
CREATE TABLE "order" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" VARCHAR(191)[],

    CONSTRAINT "order_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0 with space" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" VARBIT(16),
    "f1" INET,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" TEXT NOT NULL,
    "f0" DECIMAL(10,2),
    "select_f1" DECIMAL(65,30) NOT NULL,
    "f2 with space" TIMESTAMP(0),
    "f3" TIMESTAMP(0),
    "r1_model2_0" BIGINT,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" UUID,
    "f1_col" INTEGER,
    "r2_model1_0" UUID NOT NULL,
    "r3_model1_0" UUID,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" (
    "id" SERIAL NOT NULL,
    "f0" "Enum0" NOT NULL DEFAULT 'value 0',
    "r4_model0_0" INTEGER NOT NULL,
    "r4_model0_1" TEXT NOT NULL,
    "r5_model5_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_kb_key" ON "order"("kb");

-- CreateIndex
CREATE UNIQUE INDEX "order_2_r0_model0_0_r0_model0_1_key" ON "order_2"("r0_model0_0", "r0_model0_1");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_select_f1_key" ON "Model3"("select_f1");

-- CreateIndex
CREATE INDEX "idx_model3_f1" ON "Model3"("select_f1" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_5_f0_key" ON "a_table_name_long_enough_to_push_index_names_past_63_5"("f0");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_5_f0_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_5"("f0");

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "order"("ka", "kb") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "order_2"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r4__fkey" FOREIGN KEY ("r4_model0_0", "r4_model0_1") REFERENCES "order"("ka", "kb") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r5__fkey" FOREIGN KEY ("r5_model5_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_5"("id") ON DELETE SET NULL ON UPDATE CASCADE;
