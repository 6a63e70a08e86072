-- CreateTable
CREATE TABLE "model_0" (
    "id" BIGSERIAL NOT NULL,
    "f0" INET,
    "f1_col" DECIMAL(65,30) NOT NULL,
    "f2_col" VARCHAR(191) NOT NULL,
    "f3 with space" TEXT NOT NULL,
    "select_f4" DATE NOT NULL,
    "r0_model0_0" BIGINT,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" XML NOT NULL,
    "f1" TEXT NOT NULL DEFAULT '',
    "f2" SMALLINT NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" BIGSERIAL NOT NULL,
    "f0" DOUBLE PRECISION DEFAULT 1.5,
    "select_f1" VARBIT(16),
    "f2_col" DECIMAL(65,30)[],
    "r1_model1_0" VARCHAR(30) NOT NULL,
    "r2_model2_0" BIGINT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "r3_model0_0" BIGINT,
    "r4_model1_0" VARCHAR(30),

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_0_select_f4_idx" ON "model_0" USING HASH ("select_f4");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f1_f2_key" ON "Model1"("f1", "f2");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_r1_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("r1_model1_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model 3 with space_f0_key" ON "Model 3 with space"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "Model 3 with space_r3_model0_0_key" ON "Model 3 with space"("r3_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model 3 with space_r4_model1_0_key" ON "Model 3 with space"("r4_model1_0");

-- CreateIndex
CREATE INDEX "Model 3 with space_f0_idx" ON "Model 3 with space"("f0");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r1__fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r2__fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;
