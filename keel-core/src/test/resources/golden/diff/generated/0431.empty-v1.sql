-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('value 0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" SERIAL NOT NULL,
    "f0 with space" BYTEA NOT NULL,
    "f1" XML NOT NULL,
    "f2" INTEGER,
    "f3" MONEY,
    "f4" "enum_0_type" NOT NULL,
    "r1_model1_0" INTEGER,
    "r2_model1_0" INTEGER,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" SERIAL NOT NULL,
    "f0" TIME(3),
    "select_f1" "enum_0_type"[],
    "f2" MONEY,
    "f3" TEXT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" TEXT NOT NULL,
    "f0" "enum_0_type" NOT NULL DEFAULT 'value 0',

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "id" VARCHAR(30) NOT NULL,
    "r3_model2_0" INTEGER,

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" (
    "id" VARCHAR(30) NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f3_key" ON "Model2"("f3");

-- CreateIndex
CREATE INDEX "idx_model2_f3" ON "Model2"("f3" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model3_f0_key" ON "Model3"("f0");

-- CreateIndex
CREATE INDEX "Model3_f0_idx" ON "Model3" USING HASH ("f0");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "modèle_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "modèle_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model2"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
