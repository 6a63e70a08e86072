-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('value 0', 'value 1');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" "Enum0" DEFAULT 'V0',
    "select_f1" "Enum1" NOT NULL,
    "f2" DOUBLE PRECISION,
    "r0_model0_0" VARCHAR(30),
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" INTEGER NOT NULL,
    "f0" BIT(8),
    "f1" VARCHAR(191),
    "r2_model1_0" INTEGER,
    "r3_model1_0" INTEGER,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" BIGSERIAL NOT NULL,
    "f0" DECIMAL(10,2) NOT NULL,
    "f1_col" REAL[],
    "f2" INTEGER,
    "f3" DATE NOT NULL,
    "r4_model2_0" BIGINT,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "id" SERIAL NOT NULL,
    "f0" DOUBLE PRECISION,
    "f1 with space" SMALLINT,
    "f2 with space" DOUBLE PRECISION[],
    "r5_model0_0" VARCHAR(30),
    "r6_model3_0" INTEGER,

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" INTEGER NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL,
    "f1" TIMETZ(2),
    "f2" CHAR(10) NOT NULL,
    "f3" DOUBLE PRECISION DEFAULT 1.5,
    "r7_model4_0" INTEGER,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" BOOLEAN NOT NULL,
    "select_f1" VARCHAR(191) NOT NULL,
    "r8_model5_0" UUID,
    "r9_model2_0" BIGINT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M10" (
    "A" VARCHAR(30) NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M10_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_5_r9_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_5"("r9_model2_0");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_5_sele_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_5"("select_f1");

-- CreateIndex
CREATE INDEX "_M10_B_index" ON "_M10"("B");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "model_2"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "modèle_0"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r6_model3_0_fkey" FOREIGN KEY ("r6_model3_0") REFERENCES "Model 3 with space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r7_model4_0_fkey" FOREIGN KEY ("r7_model4_0") REFERENCES "Model4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r8__fkey" FOREIGN KEY ("r8_model5_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_5"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r9__fkey" FOREIGN KEY ("r9_model2_0") REFERENCES "model_2"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M10" ADD CONSTRAINT "_M10_A_fkey" FOREIGN KEY ("A") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M10" ADD CONSTRAINT "_M10_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
