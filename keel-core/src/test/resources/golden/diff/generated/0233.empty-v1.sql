-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" DOUBLE PRECISION NOT NULL,
    "f1" OID,
    "f2_col" VARCHAR(191),
    "r0_model0_0" UUID,
    "r1_model0_0" UUID,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" VARCHAR(30) NOT NULL,
    "f0_col" INET,
    "f1" REAL NOT NULL,
    "f2" TIME(3),
    "f3" MONEY,
    "f4" VARCHAR(191) NOT NULL,
    "f5 with space" REAL NOT NULL,
    "r2_model0_0" UUID,
    "r3_model1_0" VARCHAR(30),

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" SERIAL NOT NULL,
    "f0" DOUBLE PRECISION,
    "f1" INET NOT NULL,
    "f2 with space" DOUBLE PRECISION[],
    "select_f3" SMALLINT DEFAULT -5,
    "f4" TIMESTAMP(0) NOT NULL,
    "select_f5" TIME(3)[],
    "r4_model0_0" UUID NOT NULL,
    "r5_model2_0" INTEGER,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" UUID NOT NULL,
    "B" VARCHAR(30) NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "idx_model0_f0" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("f0_col" DESC);

-- CreateIndex
CREATE INDEX "model_1_f1_f4_idx" ON "model_1"("f1", "f4");

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r1__fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "model_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r5_model2_0_fkey" FOREIGN KEY ("r5_model2_0") REFERENCES "model_2"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "model_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
