-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "order" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "r0_model0_0" UUID,
    "r1_model0_0" UUID,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" SERIAL NOT NULL,
    "f0" VARBIT(16),
    "f1 with space" TEXT NOT NULL,
    "f2" MONEY[],
    "r2_model1_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" SERIAL NOT NULL,
    "select_f0" DECIMAL(65,30) NOT NULL,
    "select_f1" BIT(8),
    "f2" BIT(8),
    "f3_col" VARCHAR(191)[],
    "f4 with space" REAL,
    "select_f5" XML,
    "r3_model1_0" INTEGER,
    "r4_model2_0" INTEGER,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" INTEGER NOT NULL,
    "f0" XML NOT NULL,
    "f1" TIMETZ(2),

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_4" (
    "id" VARCHAR(30) NOT NULL,
    "f0_col" DECIMAL(10,2)[],
    "f1_col" JSON[],
    "f2" OID NOT NULL,
    "f3" SMALLINT NOT NULL,

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_5" (
    "id" TEXT NOT NULL,
    "f0" TEXT,
    "f1_col" BOOLEAN,
    "f2" TIMETZ(2) NOT NULL,
    "f3" JSONB[],
    "r5_model1_0" INTEGER NOT NULL,

    CONSTRAINT "order_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_f1 w_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("f1 with space");

-- CreateIndex
CREATE UNIQUE INDEX "model_4_f3_f2_key" ON "model_4"("f3", "f2");

-- CreateIndex
CREATE UNIQUE INDEX "order_5_r5_model1_0_key" ON "order_5"("r5_model1_0");

-- CreateIndex
CREATE UNIQUE INDEX "order_5_f2_key" ON "order_5"("f2");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r2__fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "model_2"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_5" ADD CONSTRAINT "order_5_r5_model1_0_fkey" FOREIGN KEY ("r5_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
