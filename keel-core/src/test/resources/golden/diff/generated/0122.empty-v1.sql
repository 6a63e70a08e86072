-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1', 'value 2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('value 0', 'value 1');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" TEXT NOT NULL,
    "f0" TIMESTAMPTZ(6) NOT NULL,
    "f1" BIGINT,
    "f2" "Enum1" NOT NULL DEFAULT 'value 0',
    "f3" CHAR(10) NOT NULL,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" INTEGER NOT NULL,
    "f0" "Enum0"[],
    "select_f1" "Enum1"[],
    "f2" TIMESTAMP(0),
    "f3_col" SMALLINT NOT NULL,
    "f4 with space" "Enum0" NOT NULL,
    "f5" BIGINT NOT NULL,
    "r0_model1_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" TEXT NOT NULL,
    "r1_model2_0" TEXT,
    "r2_model2_0" TEXT,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" "Enum0" NOT NULL,
    "f1" DOUBLE PRECISION DEFAULT 1.5,
    "r3_model0_0" TEXT NOT NULL,
    "r4_model2_0" TEXT,

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" INTEGER NOT NULL,
    "f0" TEXT NOT NULL,
    "f1" TIMESTAMP(0) NOT NULL,
    "f2" TEXT NOT NULL,
    "r5_model0_0" TEXT NOT NULL,

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M6" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M6_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 0 with space_f2_key" ON "Model 0 with space"("f2");

-- CreateIndex
CREATE INDEX "Model 0 with space_f3_f2_idx" ON "Model 0 with space"("f3", "f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model 3 with space_r3_model0_0_key" ON "Model 3 with space"("r3_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "order_4_r5_model0_0_key" ON "order_4"("r5_model0_0");

-- CreateIndex
CREATE INDEX "_M6_B_index" ON "_M6"("B");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r0__fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "order_2"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "order_2"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "order_2"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M6" ADD CONSTRAINT "_M6_A_fkey" FOREIGN KEY ("A") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M6" ADD CONSTRAINT "_M6_B_fkey" FOREIGN KEY ("B") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
