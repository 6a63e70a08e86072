-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "f0" SMALLINT NOT NULL,
    "f1 with space" TIMESTAMP(3),
    "f2 with space" TIME(3),
    "f3_col" DECIMAL(65,30) NOT NULL,
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" VARBIT(16),
    "f1" INET NOT NULL,
    "select_f2" DOUBLE PRECISION NOT NULL,
    "f3" CHAR(10) NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" BYTEA,
    "f1_col" REAL NOT NULL,
    "f2" BIT(8) NOT NULL,
    "select_f3" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "select_f4" BYTEA NOT NULL,
    "r2_model0_0" INTEGER NOT NULL,
    "r3_model1_0" INTEGER,
    "r3_model1_1" TEXT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_ka_f_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("ka", "f3");

-- CreateIndex
CREATE INDEX "Model2_f2_select_f4_idx" ON "Model2"("f2", "select_f4");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_r3_model1_0_r3_model1_1_key" ON "Model2"("r3_model1_0", "r3_model1_1");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model1_0_r3_model1_1_fkey" FOREIGN KEY ("r3_model1_0", "r3_model1_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("ka", "kb") ON DELETE SET NULL ON UPDATE NO ACTION;
