-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'value 1', 'value 2');

-- CreateTable
CREATE TABLE "order" (
    "id" INTEGER NOT NULL,
    "f0" INET,
    "f1" TIME(3),
    "f2" DECIMAL(65,30) NOT NULL,
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" BIGSERIAL NOT NULL,
    "f0 with space" DECIMAL(65,30),
    "f1_col" DECIMAL(10,2) NOT NULL,
    "r2_model0_0" INTEGER,
    "r3_model1_0" BIGINT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" TEXT NOT NULL,
    "f0" REAL,
    "f1 with space" DECIMAL(65,30) NOT NULL,
    "f2" "Enum0" NOT NULL DEFAULT 'V0',
    "r4_model1_0" BIGINT NOT NULL,
    "r5_model2_0" TEXT,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" SERIAL NOT NULL,
    "f0" BOOLEAN NOT NULL DEFAULT false,
    "f1" TEXT[],
    "f2" TEXT,
    "f3" VARCHAR(191),

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_5" (
    "id" VARCHAR(30) NOT NULL,
    "f0" "Enum1" DEFAULT 'V0',
    "f1" BIT(8),
    "f2_col" TIMESTAMPTZ(6) NOT NULL,
    "f3" DATE,
    "f4 with space" "Enum1" NOT NULL,

    CONSTRAINT "modèle_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model0_f2" ON "order"("f2" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "model_2_r4_model1_0_key" ON "model_2"("r4_model1_0");

-- CreateIndex
CREATE INDEX "model_2_f1 with space_f2_idx" ON "model_2"("f1 with space", "f2");

-- CreateIndex
CREATE INDEX "model_3_f0_idx" ON "model_3"("f0");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r2__fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "order"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r3__fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r5_model2_0_fkey" FOREIGN KEY ("r5_model2_0") REFERENCES "model_2"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
