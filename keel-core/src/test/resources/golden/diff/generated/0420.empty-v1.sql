-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" BIGSERIAL NOT NULL,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "select_f0" VARCHAR(191),
    "f1" TIME(3),
    "f2" REAL DEFAULT 0.25,
    "f3" JSONB,
    "f4" XML,
    "r0_model1_0" INTEGER,
    "r0_model1_1" TEXT,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" SERIAL NOT NULL,
    "f0" INTEGER NOT NULL DEFAULT 0,
    "f1" TIMETZ(2),
    "f2" REAL NOT NULL DEFAULT 0.25,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" SMALLINT NOT NULL,
    "f1_col" VARCHAR(191) DEFAULT 'it''s',
    "f2_col" DECIMAL(10,2)[],
    "f3" XML NOT NULL,
    "r1_model2_0" INTEGER,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" (
    "id" SERIAL NOT NULL,
    "select_f0" XML,
    "select_f1" UUID[],
    "f2" DECIMAL(65,30) DEFAULT 12.5,
    "f3" UUID NOT NULL,
    "f4" DOUBLE PRECISION NOT NULL,
    "r2_model1_0" INTEGER NOT NULL,
    "r2_model1_1" TEXT NOT NULL,
    "r3_model1_0" INTEGER,
    "r3_model1_1" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" INTEGER NOT NULL,
    "select_f0" MONEY,
    "f1" INTEGER,
    "select_f2" JSON[],
    "f3 with space" CHAR(10) NOT NULL,
    "select_f4" BIT(8) NOT NULL,
    "r4_model0_0" BIGINT NOT NULL,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_2_f2_key" ON "order_2"("f2");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_4_f4_f_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_4"("f4", "f3");

-- CreateIndex
CREATE INDEX "idx_model5_f4" ON "Model5"("select_f4" DESC);

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r0_model1_0_r0_model1_1_fkey" FOREIGN KEY ("r0_model1_0", "r0_model1_1") REFERENCES "Model 1 with space"("ka", "kb") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "order_2"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r2__fkey" FOREIGN KEY ("r2_model1_0", "r2_model1_1") REFERENCES "Model 1 with space"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r3__fkey" FOREIGN KEY ("r3_model1_0", "r3_model1_1") REFERENCES "Model 1 with space"("ka", "kb") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
