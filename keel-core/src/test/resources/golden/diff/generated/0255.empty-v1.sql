-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" INTEGER NOT NULL,
    "f1" INTEGER NOT NULL DEFAULT 42,
    "f2 with space" DOUBLE PRECISION,
    "f3" JSONB NOT NULL,
    "f4" JSON,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,
    "r1_model0_0" INTEGER,
    "r1_model0_1" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" OID,
    "f1" JSON NOT NULL,
    "select_f2" OID[],
    "r2_model1_0" UUID,
    "r3_model1_0" UUID,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" SERIAL NOT NULL,
    "f0_col" MONEY NOT NULL,
    "f1" VARCHAR(191) NOT NULL,
    "f2_col" DOUBLE PRECISION,
    "select_f3" DOUBLE PRECISION NOT NULL,
    "f4" VARCHAR(191) NOT NULL,
    "f5" CHAR(10),

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" INTEGER NOT NULL,
    "f0" JSONB[],

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "id" INTEGER NOT NULL,
    "f0" INTEGER DEFAULT 42,
    "f1" REAL,
    "f2 with space" DOUBLE PRECISION,
    "f3" BOOLEAN NOT NULL DEFAULT false,
    "f4" INTEGER,
    "f5_col" TEXT NOT NULL,
    "r4_model2_0" INTEGER NOT NULL,

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 5 with space" (
    "id" TEXT NOT NULL,
    "f0" DECIMAL(10,2),
    "f1" REAL NOT NULL,

    CONSTRAINT "Model 5 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_ka_key" ON "Model0"("ka");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_f4_f_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("f4", "f0_col");

-- CreateIndex
CREATE INDEX "modèle_4_f5_col_idx" ON "modèle_4"("f5_col");

-- CreateIndex
CREATE UNIQUE INDEX "Model 5 with space_f1_key" ON "Model 5 with space"("f1");

-- CreateIndex
CREATE INDEX "Model 5 with space_f1_idx" ON "Model 5 with space" USING HASH ("f1");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_r1_model0_1_fkey" FOREIGN KEY ("r1_model0_0", "r1_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "model_1"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "model_1"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
