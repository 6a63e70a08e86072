-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "order" (
    "id" VARCHAR(30) NOT NULL,
    "f0_col" TIMESTAMPTZ(6)[],
    "f1" XML,
    "r0_model0_0" VARCHAR(30),
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" SMALLINT[],
    "f1" DATE NOT NULL,
    "f2" TEXT NOT NULL,
    "f3" TIMETZ(2),
    "f4" VARBIT(16) NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0_col" BIT(8) NOT NULL,
    "f1" TEXT,
    "f2_col" REAL[],
    "select_f3" OID NOT NULL,
    "f4" DOUBLE PRECISION DEFAULT 1.5,
    "r2_model2_0" INTEGER,
    "r2_model2_1" TEXT,
    "r3_model1_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" MONEY NOT NULL,
    "f1" VARCHAR(191),
    "f2" TEXT,
    "f3_col" INTEGER NOT NULL DEFAULT 0,
    "f4" INET NOT NULL,
    "r4_model1_0" VARCHAR(30),
    "r5_model0_0" VARCHAR(30),

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f4_key" ON "Model1"("f4");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f2_key" ON "Model1"("f2");

-- CreateIndex
CREATE INDEX "Model2_select_f3_kb_idx" ON "Model2"("select_f3", "kb");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_r4_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("r4_model1_0");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_r5_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("r5_model0_0");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_f4_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_3" USING HASH ("f4");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model2_0_r2_model2_1_fkey" FOREIGN KEY ("r2_model2_0", "r2_model2_1") REFERENCES "Model2"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r4__fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r5__fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
