-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" TEXT NOT NULL,
    "f0" BIT(8) NOT NULL,
    "f1_col" VARBIT(16)[],
    "f2" TEXT[],
    "f3" VARBIT(16) NOT NULL,
    "f4" TIMESTAMP(0),
    "f5 with space" TIME(3) NOT NULL,
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" INTEGER NOT NULL,
    "f0 with space" TIMESTAMPTZ(6) NOT NULL,
    "f1" INTEGER NOT NULL,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" INTEGER NOT NULL,
    "f0 with space" TIMESTAMP(3)[],
    "f1" SMALLINT DEFAULT -5,
    "r2_model0_0" TEXT,
    "r3_model1_0" INTEGER,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DECIMAL(65,30)[],
    "f1" CHAR(10) NOT NULL,
    "f2_col" DECIMAL(10,2) NOT NULL,
    "select_f3" TIMESTAMPTZ(6)[],
    "f4" DECIMAL(10,2)[],
    "r4_model3_0" INTEGER,
    "r4_model3_1" TEXT,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_4" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" TEXT NOT NULL DEFAULT 'hello',
    "f1" VARCHAR(191) NOT NULL,
    "f2" DECIMAL(65,30) NOT NULL,
    "f3" VARBIT(16)[],
    "select_f4" TIMESTAMP(3),
    "f5" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_5" (
    "id" SERIAL NOT NULL,
    "select_f0" BIGINT,
    "f1 with space" DECIMAL(65,30) NOT NULL DEFAULT 12.5,
    "f2 with space" BYTEA NOT NULL,
    "f3_col" UUID,
    "r5_model4_0" VARCHAR(30) NOT NULL,
    "r6_model1_0" INTEGER,

    CONSTRAINT "order_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model0_f3" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("f3" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model2_r2_model0_0_key" ON "Model2"("r2_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_r3_model1_0_key" ON "Model2"("r3_model1_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_kb_key" ON "Model3"("kb");

-- CreateIndex
CREATE INDEX "Model3_kb_f2_col_idx" ON "Model3"("kb", "f2_col");

-- CreateIndex
CREATE UNIQUE INDEX "model_4_select_f0_key" ON "model_4"("select_f0");

-- CreateIndex
CREATE UNIQUE INDEX "model_4_select_f0_f5_key" ON "model_4"("select_f0", "f5");

-- CreateIndex
CREATE UNIQUE INDEX "order_5_r6_model1_0_key" ON "order_5"("r6_model1_0");

-- CreateIndex
CREATE UNIQUE INDEX "order_5_f1 with space_f2 with space_key" ON "order_5"("f1 with space", "f2 with space");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r1__fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r4_model3_0_r4_model3_1_fkey" FOREIGN KEY ("r4_model3_0", "r4_model3_1") REFERENCES "Model3"("ka", "kb") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_5" ADD CONSTRAINT "order_5_r5_model4_0_fkey" FOREIGN KEY ("r5_model4_0") REFERENCES "model_4"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_5" ADD CONSTRAINT "order_5_r6_model1_0_fkey" FOREIGN KEY ("r6_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE RESTRICT;
