-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "model_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" VARCHAR(191),

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" INTEGER NOT NULL,
    "f0" XML,
    "f1" OID NOT NULL,
    "f2" OID,
    "r0_model1_0" INTEGER,
    "r1_model1_0" INTEGER,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" UUID,
    "f1" "Enum0" NOT NULL DEFAULT 'V0',
    "r2_model1_0" INTEGER,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" VARCHAR(30) NOT NULL,
    "f0" MONEY NOT NULL,
    "r3_model2_0" INTEGER,
    "r3_model2_1" TEXT,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r4_model0_0" UUID,

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" (
    "id" VARCHAR(30) NOT NULL,
    "r5_model1_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_2_r2_model1_0_key" ON "order_2"("r2_model1_0");

-- CreateIndex
CREATE INDEX "order_2_kb_f1_idx" ON "order_2"("kb", "f1");

-- CreateIndex
CREATE INDEX "order_3_f0_idx" ON "order_3"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "order_3_r3_model2_0_r3_model2_1_key" ON "order_3"("r3_model2_0", "r3_model2_1");

-- CreateIndex
CREATE INDEX "modèle_4_kb_idx" ON "modèle_4" USING HASH ("kb");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r3_model2_0_r3_model2_1_fkey" FOREIGN KEY ("r3_model2_0", "r3_model2_1") REFERENCES "order_2"("ka", "kb") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r5__fkey" FOREIGN KEY ("r5_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
