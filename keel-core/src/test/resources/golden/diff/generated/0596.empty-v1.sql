-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "order" (
    "id" TEXT NOT NULL,
    "f0 with space" TIMESTAMP(0) NOT NULL,
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" VARCHAR(191)[],
    "r2_model1_0" VARCHAR(30),
    "r3_model0_0" TEXT,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" BIGSERIAL NOT NULL,
    "r4_model1_0" VARCHAR(30) NOT NULL,
    "r5_model2_0" BIGINT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0_col" DATE,
    "f1" TIMESTAMP(3)[],
    "f2" "Enum0" NOT NULL,
    "f3" DATE[],
    "f4" "Enum0"[],

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" BIGSERIAL NOT NULL,
    "f0" REAL[],
    "f1_col" DATE NOT NULL,
    "f2 with space" TIMESTAMP(0)[],
    "r6_model1_0" VARCHAR(30) NOT NULL,
    "r7_model4_0" BIGINT,

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M8" (
    "A" TEXT NOT NULL,
    "B" VARCHAR(30) NOT NULL,

    CONSTRAINT "_M8_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "order_f0 with space_idx" ON "order" USING HASH ("f0 with space");

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_r3_model0_0_key" ON "Model 1 with space"("r3_model0_0");

-- CreateIndex
CREATE INDEX "idx_model3_ka" ON "model_3"("ka" DESC);

-- CreateIndex
CREATE INDEX "_M8_B_index" ON "_M8"("B");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r4__fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r5__fkey" FOREIGN KEY ("r5_model2_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r6_model1_0_fkey" FOREIGN KEY ("r6_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r7_model4_0_fkey" FOREIGN KEY ("r7_model4_0") REFERENCES "order_4"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_M8" ADD CONSTRAINT "_M8_A_fkey" FOREIGN KEY ("A") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M8" ADD CONSTRAINT "_M8_B_fkey" FOREIGN KEY ("B") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;
