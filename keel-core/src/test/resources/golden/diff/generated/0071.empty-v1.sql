-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" SERIAL NOT NULL,
    "f0" REAL NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" TEXT NOT NULL,
    "f0" JSONB NOT NULL,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" SMALLINT DEFAULT -5,
    "select_f1" OID[],
    "r0_model0_0" INTEGER,
    "r1_model1_0" TEXT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" INTEGER NOT NULL,
    "f1" BIT(8)[],
    "f2" REAL,
    "f3 with space" TEXT DEFAULT 'hello',
    "f4_col" BYTEA,

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "id" TEXT NOT NULL,
    "select_f0" DECIMAL(10,2) NOT NULL,
    "r2_model4_0" TEXT,

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_f0_key" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("f0");

-- CreateIndex
CREATE INDEX "idx_model0_f0" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("f0" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model2_r1_model1_0_key" ON "Model2"("r1_model1_0");

-- CreateIndex
CREATE INDEX "modèle_3_f0 with space_idx" ON "modèle_3" USING HASH ("f0 with space");

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "modèle_1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r2_model4_0_fkey" FOREIGN KEY ("r2_model4_0") REFERENCES "Model 4 with space"("id") ON DELETE SET NULL ON UPDATE CASCADE;
