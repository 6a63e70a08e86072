-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'value 1');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "select_f0" INET,
    "f1" TIME(3) NOT NULL,
    "r0_model0_0" INTEGER,
    "r1_model1_0" INTEGER,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" INTEGER NOT NULL,
    "f0" INTEGER NOT NULL,
    "f1" OID,
    "f2 with space" VARCHAR(191),
    "r2_model1_0" INTEGER NOT NULL,
    "r3_model2_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" INTEGER NOT NULL,
    "f0" VARBIT(16),
    "f1" BIGINT,
    "r4_model0_0" INTEGER,
    "r5_model3_0" INTEGER,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_4" (
    "id" BIGSERIAL NOT NULL,
    "f0" "Enum0" NOT NULL DEFAULT 'V0',
    "f1" DATE,
    "f2" VARBIT(16) NOT NULL,
    "r6_model2_0" INTEGER,
    "r7_model0_0" INTEGER,

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model1_f1" ON "Model1"("f1" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_r2_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("r2_model1_0");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r2__fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r3__fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r5_model3_0_fkey" FOREIGN KEY ("r5_model3_0") REFERENCES "Model3"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r6_model2_0_fkey" FOREIGN KEY ("r6_model2_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r7_model0_0_fkey" FOREIGN KEY ("r7_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
