-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TIMETZ(2),
    "f1" DOUBLE PRECISION DEFAULT 1.5,
    "f2" DOUBLE PRECISION,
    "f3" TIMETZ(2) NOT NULL,
    "f4" JSONB NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" INTEGER[] DEFAULT ARRAY[1, 2]::INTEGER[],
    "f1" JSONB NOT NULL,
    "r0_model1_0" VARCHAR(30),
    "r1_model0_0" UUID NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" BIGSERIAL NOT NULL,
    "f0" DECIMAL(65,30),
    "f1" INTEGER,
    "f2" DATE NOT NULL,
    "r2_model2_0" BIGINT,
    "r3_model1_0" VARCHAR(30),

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" TEXT NOT NULL,
    "f0_col" MONEY[],
    "f1_col" INTEGER NOT NULL,
    "f2" DOUBLE PRECISION[],
    "f3_col" INTEGER,
    "f4" JSON NOT NULL,
    "r4_model0_0" UUID NOT NULL,
    "r5_model0_0" UUID,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model0_f3_idx" ON "Model0"("f3");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_r1_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("r1_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_r3_model1_0_key" ON "Model2"("r3_model1_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_f1_col_key" ON "Model3"("f1_col");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_r5_model0_0_key" ON "Model3"("r5_model0_0");

-- CreateIndex
CREATE INDEX "idx_model3_f1" ON "Model3"("f1_col" DESC);

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r0__fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r1__fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "Model2"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
