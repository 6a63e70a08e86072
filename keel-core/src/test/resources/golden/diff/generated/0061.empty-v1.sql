-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TIMESTAMP(3),
    "f1" DATE[],
    "f2_col" BIGINT NOT NULL,
    "f3" BYTEA,
    "f4" TIME(3),
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0_col" INTEGER DEFAULT 42,
    "f1" TIMESTAMP(0)[],
    "f2" DECIMAL(10,2) NOT NULL,
    "f3" JSONB NOT NULL,
    "select_f4" JSONB DEFAULT '{}',

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" TEXT NOT NULL,
    "f0" OID,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" TIME(3) NOT NULL,
    "r1_model2_0" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 0 with space_ka_key" ON "Model 0 with space"("ka");

-- CreateIndex
CREATE INDEX "idx_model0_kb" ON "Model 0 with space"("kb" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_f0_c_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("f0_col");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_r1_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("r1_model2_0");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_f0_c_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("f0_col");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model 0 with space"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r1__fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
