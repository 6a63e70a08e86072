-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" TEXT NOT NULL,
    "f0" TEXT,
    "f1 with space" BOOLEAN,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" BIGSERIAL NOT NULL,
    "f0 with space" BIGINT NOT NULL DEFAULT 9007199254740993,
    "f1" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" BOOLEAN,
    "f1_col" DOUBLE PRECISION NOT NULL,
    "f2" DECIMAL(65,30) NOT NULL DEFAULT 12.5,
    "f3" DECIMAL(10,2) DEFAULT 0,
    "r0_model1_0" BIGINT NOT NULL,
    "r1_model0_0" TEXT NOT NULL,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" OID NOT NULL,
    "f1" TEXT[],
    "f2 with space" JSONB,
    "f3_col" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "select_f4" DOUBLE PRECISION,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0_col" UUID,
    "f1" TEXT NOT NULL DEFAULT '',
    "select_f2" BIT(8)[],
    "f3" VARCHAR(191),
    "f4" TIMESTAMP(0) NOT NULL,
    "r2_model3_0" INTEGER,
    "r2_model3_1" TEXT,
    "r3_model2_0" BIGINT,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model 5 with space" (
    "id" SERIAL NOT NULL,
    "f0" VARCHAR(191)[],
    "f1" UUID NOT NULL,
    "r4_model4_0" INTEGER NOT NULL,
    "r4_model4_1" TEXT NOT NULL,
    "r5_model0_0" TEXT,

    CONSTRAINT "Model 5 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_f0 w_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("f0 with space", "f1");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_f1_col_key" ON "modèle_2"("f1_col");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_r1_model0_0_key" ON "modèle_2"("r1_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_f1_key" ON "Model4"("f1");

-- CreateIndex
CREATE INDEX "Model4_ka_f1_idx" ON "Model4"("ka", "f1");

-- CreateIndex
CREATE INDEX "Model 5 with space_f1_idx" ON "Model 5 with space"("f1");

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r2_model3_0_r2_model3_1_fkey" FOREIGN KEY ("r2_model3_0", "r2_model3_1") REFERENCES "model_3"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "modèle_2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 5 with space" ADD CONSTRAINT "Model 5 with space_r4_model4_0_r4_model4_1_fkey" FOREIGN KEY ("r4_model4_0", "r4_model4_1") REFERENCES "Model4"("ka", "kb") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 5 with space" ADD CONSTRAINT "Model 5 with space_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
