-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('value 0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "order" (
    "id" VARCHAR(30) NOT NULL,
    "f0" "enum_1_type" NOT NULL DEFAULT 'value 0',

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" TEXT NOT NULL,
    "f0" "enum_0_type",
    "f1" REAL[],
    "f2_col" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "f3" TEXT NOT NULL,
    "f4" INET,
    "r0_model1_0" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f1" DATE[],
    "f2 with space" "enum_1_type"[],
    "f3" "enum_0_type" NOT NULL DEFAULT 'V0',

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "id" TEXT NOT NULL,
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r2_model2_0" VARCHAR(30) NOT NULL,
    "r3_model0_0" VARCHAR(30),

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "_M4" (
    "A" VARCHAR(30) NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_M4_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_f0_key" ON "order"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_f3_key" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("f3");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_f3_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_1" USING HASH ("f3");

-- CreateIndex
CREATE UNIQUE INDEX "Model 3 with space_r1_model0_0_key" ON "Model 3 with space"("r1_model0_0");

-- CreateIndex
CREATE INDEX "_M4_B_index" ON "_M4"("B");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r0__fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "modèle_2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "_M4" ADD CONSTRAINT "_M4_A_fkey" FOREIGN KEY ("A") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M4" ADD CONSTRAINT "_M4_B_fkey" FOREIGN KEY ("B") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
