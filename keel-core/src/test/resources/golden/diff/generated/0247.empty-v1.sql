-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'value 1', 'V2');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" TEXT NOT NULL,
    "f0" BIGINT DEFAULT 9007199254740993,
    "f1" REAL DEFAULT 0.25,
    "f2" BIT(8),
    "f3_col" VARCHAR(191),
    "f4 with space" DECIMAL(10,2)[],
    "f5" OID,
    "r0_model0_0" TEXT,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" INTEGER NOT NULL,
    "f0_col" VARBIT(16),
    "select_f1" REAL NOT NULL,
    "r1_model1_0" INTEGER,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DOUBLE PRECISION,
    "f1" DECIMAL(65,30),
    "f2" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "r2_model1_0" INTEGER NOT NULL,
    "r3_model1_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" BIGSERIAL NOT NULL,
    "f0" UUID,
    "select_f1" MONEY NOT NULL,
    "f2" INET NOT NULL,
    "f3" JSON,
    "f4" "Enum1"[],
    "r4_model3_0" BIGINT,
    "r5_model2_0" UUID,

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" VARCHAR(30) NOT NULL,
    "f0" UUID,
    "f1" MONEY NOT NULL,
    "f2" OID,
    "f3" "Enum1" DEFAULT 'V0',
    "f4" SMALLINT[],
    "r6_model4_0" VARCHAR(30),
    "r7_model2_0" UUID,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_select_f1_key" ON "Model1"("select_f1");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_r3_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("r3_model1_0");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_f2_key" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_3_r5_model2_0_key" ON "modèle_3"("r5_model2_0");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_3_select_f1_f2_key" ON "modèle_3"("select_f1", "f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_f1_key" ON "Model4"("f1");

-- CreateIndex
CREATE INDEX "idx_model4_f1" ON "Model4"("f1" DESC);

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r2__fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r3__fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r4_model3_0_fkey" FOREIGN KEY ("r4_model3_0") REFERENCES "modèle_3"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r5_model2_0_fkey" FOREIGN KEY ("r5_model2_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r6_model4_0_fkey" FOREIGN KEY ("r6_model4_0") REFERENCES "Model4"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r7_model2_0_fkey" FOREIGN KEY ("r7_model2_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("id") ON DELETE SET NULL ON UPDATE CASCADE;
