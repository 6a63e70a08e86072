-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" REAL,
    "f1 with space" TIME(3)[],
    "f2_col" SMALLINT[],
    "f3" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" BIT(8),
    "r0_model0_0" UUID,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r1_model0_0" UUID,
    "r2_model1_0" INTEGER,
    "r2_model1_1" TEXT,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TIMESTAMP(0) NOT NULL,
    "select_f1" DECIMAL(65,30) NOT NULL,
    "f2" BYTEA[],

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_f3_key" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("f3");

-- CreateIndex
CREATE INDEX "Model1_ka_idx" ON "Model1" USING HASH ("ka");

-- CreateIndex
CREATE INDEX "modèle_2_kb_idx" ON "modèle_2"("kb");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_r2_model1_0_r2_model1_1_key" ON "modèle_2"("r2_model1_0", "r2_model1_1");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r2_model1_0_r2_model1_1_fkey" FOREIGN KEY ("r2_model1_0", "r2_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE NO ACTION ON UPDATE SET NULL;
