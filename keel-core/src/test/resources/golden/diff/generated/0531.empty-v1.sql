-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" TEXT NOT NULL,
    "select_f0" "enum_0_type"[],
    "f1" "enum_0_type" NOT NULL,
    "f2" JSON,
    "f3" TEXT,
    "f4" DECIMAL(10,2) NOT NULL,
    "select_f5" XML,
    "r1_model1_0" TEXT,
    "r2_model0_0" INTEGER,
    "r2_model0_1" TEXT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" TEXT NOT NULL,
    "f0_col" JSON NOT NULL,
    "f1" TIMESTAMPTZ(6),
    "f2" "Enum1",
    "f3" "Enum1" NOT NULL,
    "r3_model0_0" INTEGER NOT NULL,
    "r3_model0_1" TEXT NOT NULL,
    "r4_model2_0" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" VARCHAR(30) NOT NULL,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" TIMETZ(2) NOT NULL,
    "f1" TIMETZ(2),
    "r5_model4_0" INTEGER,
    "r5_model4_1" TEXT,
    "r6_model2_0" TEXT NOT NULL,

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" VARCHAR(30) NOT NULL,
    "r7_model3_0" VARCHAR(30),

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_kb_key" ON "Model0"("kb");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_f3_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("f3");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_r3_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("r3_model0_0", "r3_model0_1");

-- CreateIndex
CREATE UNIQUE INDEX "Model 4 with space_kb_key" ON "Model 4 with space"("kb");

-- CreateIndex
CREATE UNIQUE INDEX "Model 4 with space_r6_model2_0_key" ON "Model 4 with space"("r6_model2_0");

-- CreateIndex
CREATE INDEX "idx_model4_f0" ON "Model 4 with space"("f0 with space" DESC);

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_r2_model0_1_fkey" FOREIGN KEY ("r2_model0_0", "r2_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r3__fkey" FOREIGN KEY ("r3_model0_0", "r3_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r4__fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r5_model4_0_r5_model4_1_fkey" FOREIGN KEY ("r5_model4_0", "r5_model4_1") REFERENCES "Model 4 with space"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r6_model2_0_fkey" FOREIGN KEY ("r6_model2_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r7_model3_0_fkey" FOREIGN KEY ("r7_model3_0") REFERENCES "model_3"("id") ON DELETE CASCADE ON UPDATE CASCADE;
