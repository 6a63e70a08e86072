-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1', 'V2', 'value 3');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" TEXT NOT NULL,
    "select_f0" INTEGER NOT NULL,
    "f1" "Enum0"[],
    "f2_col" "Enum0" DEFAULT 'V0',
    "f3 with space" DECIMAL(65,30) DEFAULT 12.5,
    "f4" OID NOT NULL,
    "f5" BOOLEAN,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" VARCHAR(30) NOT NULL,
    "f0_col" UUID,
    "f1 with space" TIMESTAMP(3) NOT NULL,
    "f2" BIT(8),
    "f3" INTEGER,
    "r0_model1_0" VARCHAR(30),

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" BIGSERIAL NOT NULL,
    "f0" CHAR(10),
    "f1" XML,
    "r1_model2_0" BIGINT,
    "r2_model0_0" TEXT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" VARCHAR(30) NOT NULL,
    "f0" "Enum0" NOT NULL DEFAULT 'V0',
    "f1" OID NOT NULL,

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" TEXT NOT NULL,
    "B" VARCHAR(30) NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_sele_key" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("select_f0");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_f4_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_0" USING HASH ("f4");

-- CreateIndex
CREATE UNIQUE INDEX "order_1_f1 with space_key" ON "order_1"("f1 with space");

-- CreateIndex
CREATE INDEX "order_1_f1 with space_idx" ON "order_1" USING HASH ("f1 with space");

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "order_1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "Model2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "order_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
