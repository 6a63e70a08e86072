-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" VARCHAR(191) NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" TEXT NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL,
    "f1_col" DATE NOT NULL,
    "f2_col" SMALLINT NOT NULL,
    "f3 with space" JSONB[],
    "f4" VARBIT(16) NOT NULL,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" XML,
    "f1" DOUBLE PRECISION,
    "select_f2" JSON,
    "f3" REAL[],
    "f4 with space" TIME(3) NOT NULL,
    "select_f5" INET,
    "r0_model2_0" VARCHAR(30),

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" INTEGER NOT NULL,
    "r1_model2_0" VARCHAR(30),
    "r2_model2_0" VARCHAR(30),

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model0_f0" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("f0" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "model_1_f4_key" ON "model_1"("f4");

-- CreateIndex
CREATE UNIQUE INDEX "model_1_f2_col_key" ON "model_1"("f2_col");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_f4 with space_key" ON "modèle_2"("f4 with space");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_3_r2_model2_0_key" ON "modèle_3"("r2_model2_0");

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r0_model2_0_fkey" FOREIGN KEY ("r0_model2_0") REFERENCES "modèle_2"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "modèle_2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "modèle_2"("id") ON DELETE NO ACTION ON UPDATE SET NULL;
