-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'value 3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "r0_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" INTEGER NOT NULL,
    "f0" VARCHAR(191) NOT NULL,
    "f1 with space" BIT(8),

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" INTEGER NOT NULL,
    "f0" BIT(8) NOT NULL,
    "f1_col" UUID NOT NULL,
    "f2" SMALLINT NOT NULL DEFAULT -5,
    "f3 with space" "Enum0"[],
    "f4" DOUBLE PRECISION[],

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" CHAR(10) NOT NULL,
    "r1_model1_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M2" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M2_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f0_key" ON "Model1"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "order_2_f1_col_key" ON "order_2"("f1_col");

-- CreateIndex
CREATE INDEX "idx_model2_f0" ON "order_2"("f0" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_r1_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("r1_model1_0");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_f0_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("f0");

-- CreateIndex
CREATE INDEX "_M2_B_index" ON "_M2"("B");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r1__fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "_M2" ADD CONSTRAINT "_M2_A_fkey" FOREIGN KEY ("A") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M2" ADD CONSTRAINT "_M2_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
