-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "order" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TIMESTAMPTZ(6)[],
    "r0_model0_0" UUID,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" "Enum0" NOT NULL DEFAULT 'V0',
    "f1" TIME(3)[],
    "f2" MONEY[],
    "f3" OID[],
    "f4" BIGINT,
    "r1_model0_0" UUID,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" BIGSERIAL NOT NULL,
    "f0" BIT(8)[],
    "f1" DATE NOT NULL,
    "f2" REAL,
    "f3" BYTEA,
    "f4" BIT(8)[],
    "r2_model2_0" BIGINT,
    "r3_model1_0" BIGINT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" INTEGER NOT NULL,
    "select_f0" BIGINT,
    "r4_model1_0" BIGINT NOT NULL,
    "r5_model0_0" UUID,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" TEXT NOT NULL,
    "f0 with space" BOOLEAN,
    "r6_model1_0" BIGINT NOT NULL,

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" XML NOT NULL,
    "f1" "Enum0" DEFAULT 'V0',
    "f2_col" TEXT,
    "r7_model5_0" INTEGER,
    "r7_model5_1" TEXT,
    "r8_model5_0" INTEGER,
    "r8_model5_1" TEXT,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_r4_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("r4_model1_0");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_r5_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("r5_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "order_4_r6_model1_0_key" ON "order_4"("r6_model1_0");

-- CreateIndex
CREATE INDEX "Model5_ka_kb_idx" ON "Model5"("ka", "kb");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r4__fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r5__fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r6_model1_0_fkey" FOREIGN KEY ("r6_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r7_model5_0_r7_model5_1_fkey" FOREIGN KEY ("r7_model5_0", "r7_model5_1") REFERENCES "Model5"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r8_model5_0_r8_model5_1_fkey" FOREIGN KEY ("r8_model5_0", "r8_model5_1") REFERENCES "Model5"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;
