-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" "Enum0"[],
    "f1_col" "Enum0" DEFAULT 'V0',
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" UUID,
    "r1_model0_0" INTEGER NOT NULL,
    "r1_model0_1" TEXT NOT NULL,
    "r2_model1_0" VARCHAR(30),

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" INTEGER NOT NULL,
    "f0" INTEGER NOT NULL DEFAULT 42,
    "f1" UUID,
    "f2 with space" XML NOT NULL,
    "f3_col" CHAR(10),
    "f4" BYTEA,
    "r3_model0_0" INTEGER,
    "r3_model0_1" TEXT,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" VARCHAR(30) NOT NULL,
    "f0" VARCHAR(191) DEFAULT 'it''s',
    "r4_model2_0" INTEGER,
    "r5_model2_0" INTEGER NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" INET NOT NULL,
    "select_f1" TIME(3),
    "f2" BYTEA,
    "f3" DECIMAL(65,30) NOT NULL,
    "r6_model3_0" VARCHAR(30) NOT NULL,
    "r7_model3_0" VARCHAR(30),

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" INTEGER NOT NULL DEFAULT 0,
    "f1" VARBIT(16) NOT NULL,
    "select_f2" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 0 with space_ka_key" ON "Model 0 with space"("ka");

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_r1_model0_0_r1_model0_1_key" ON "Model 1 with space"("r1_model0_0", "r1_model0_1");

-- CreateIndex
CREATE INDEX "idx_model2_f0" ON "Model 2 with space"("f0" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_r5_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("r5_model2_0");

-- CreateIndex
CREATE INDEX "idx_model4_ka" ON "order_4"("ka" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_5_f1_key" ON "a_table_name_long_enough_to_push_index_names_past_63_5"("f1");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model 0 with space"("ka", "kb") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r1_model0_0_r1_model0_1_fkey" FOREIGN KEY ("r1_model0_0", "r1_model0_1") REFERENCES "Model 0 with space"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r3_model0_0_r3_model0_1_fkey" FOREIGN KEY ("r3_model0_0", "r3_model0_1") REFERENCES "Model 0 with space"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r4__fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r5__fkey" FOREIGN KEY ("r5_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r6_model3_0_fkey" FOREIGN KEY ("r6_model3_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_3"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r7_model3_0_fkey" FOREIGN KEY ("r7_model3_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_3"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
