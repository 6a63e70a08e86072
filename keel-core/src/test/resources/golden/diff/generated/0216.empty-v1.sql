-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'value 1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "order" (
    "id" SERIAL NOT NULL,
    "f0_col" "Enum1"[],
    "select_f1" TEXT[],
    "f2" MONEY NOT NULL,
    "f3 with space" DATE,
    "f4" REAL NOT NULL DEFAULT 0.25,
    "r0_model0_0" INTEGER,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" MONEY NOT NULL,
    "f1 with space" "Enum0" NOT NULL DEFAULT 'V0',
    "f2_col" BIGINT NOT NULL,
    "f3" BYTEA[],

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DATE,
    "r1_model1_0" UUID NOT NULL,
    "r2_model2_0" UUID,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" INTEGER NOT NULL,
    "f0" XML[],
    "select_f1" VARCHAR(191) NOT NULL,
    "r3_model3_0" INTEGER,
    "r4_model1_0" UUID,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "id" VARCHAR(30) NOT NULL,
    "r5_model4_0" VARCHAR(30),

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" VARCHAR(191)[],
    "f1" BIGINT NOT NULL,
    "f2" "Enum1"[],
    "r6_model2_0" UUID,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "idx_model0_f4" ON "order"("f4" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "order_2_r1_model1_0_key" ON "order_2"("r1_model1_0");

-- CreateIndex
CREATE INDEX "Model5_kb_idx" ON "Model5"("kb");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "order_2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r3_model3_0_fkey" FOREIGN KEY ("r3_model3_0") REFERENCES "model_3"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r5_model4_0_fkey" FOREIGN KEY ("r5_model4_0") REFERENCES "modèle_4"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r6_model2_0_fkey" FOREIGN KEY ("r6_model2_0") REFERENCES "order_2"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
