-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'value 2');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" SERIAL NOT NULL,
    "f0" JSONB,
    "r0_model0_0" INTEGER,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0_col" INTEGER[],
    "f1" INET[],
    "r1_model1_0" INTEGER,
    "r1_model1_1" TEXT,
    "r2_model1_0" INTEGER,
    "r2_model1_1" TEXT,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" SERIAL NOT NULL,
    "f0" JSON NOT NULL,
    "r3_model2_0" INTEGER,
    "r4_model0_0" INTEGER NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" TEXT NOT NULL,

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "id" SERIAL NOT NULL,
    "f0" TEXT NOT NULL,
    "f1" BYTEA[],
    "r5_model1_0" INTEGER NOT NULL,
    "r5_model1_1" TEXT NOT NULL,
    "r6_model3_0" TEXT,

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model 4 with space_f0_idx" ON "Model 4 with space"("f0");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r1_model1_0_r1_model1_1_fkey" FOREIGN KEY ("r1_model1_0", "r1_model1_1") REFERENCES "Model 1 with space"("ka", "kb") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r2_model1_0_r2_model1_1_fkey" FOREIGN KEY ("r2_model1_0", "r2_model1_1") REFERENCES "Model 1 with space"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r3__fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r4__fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r5_model1_0_r5_model1_1_fkey" FOREIGN KEY ("r5_model1_0", "r5_model1_1") REFERENCES "Model 1 with space"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r6_model3_0_fkey" FOREIGN KEY ("r6_model3_0") REFERENCES "modèle_3"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
