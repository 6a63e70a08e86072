-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" SERIAL NOT NULL,
    "f0" TEXT NOT NULL,
    "f1" DATE NOT NULL,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" INTEGER NOT NULL,
    "f0" REAL NOT NULL,
    "r0_model0_0" INTEGER,
    "r1_model1_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" TEXT NOT NULL,
    "f0" DOUBLE PRECISION,
    "f1 with space" MONEY,
    "r2_model0_0" INTEGER,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" TEXT NOT NULL,
    "f0_col" DOUBLE PRECISION NOT NULL,
    "f1_col" BIT(8),

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_4" (
    "id" TEXT NOT NULL,
    "f0 with space" SMALLINT DEFAULT -5,
    "f1" DATE,
    "f2" XML[],
    "f3" TIMESTAMP(3) NOT NULL,
    "f4" VARCHAR(191) NOT NULL,
    "select_f5" TEXT NOT NULL,
    "r3_model2_0" TEXT NOT NULL,

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 0 with space_f1_key" ON "Model 0 with space"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_r0_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("r0_model0_0");

-- CreateIndex
CREATE INDEX "idx_model1_f0" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("f0" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_3_f0_col_key" ON "modèle_3"("f0_col");

-- CreateIndex
CREATE UNIQUE INDEX "model_4_r3_model2_0_key" ON "model_4"("r3_model2_0");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r1__fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model2"("id") ON DELETE CASCADE ON UPDATE RESTRICT;
