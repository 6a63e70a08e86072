-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1');

-- CreateTable
CREATE TABLE "order" (
    "id" TEXT NOT NULL,
    "f0" XML[],
    "f1" UUID,
    "f2 with space" BIGINT NOT NULL DEFAULT 9007199254740993,
    "f3" JSONB NOT NULL,
    "f4" TEXT DEFAULT 'hello',
    "f5_col" TIME(3) NOT NULL,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" SERIAL NOT NULL,
    "f0" INTEGER NOT NULL,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" TEXT NOT NULL,
    "r0_model1_0" INTEGER,
    "r1_model2_0" TEXT,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" TEXT NOT NULL,
    "f0" TIMESTAMPTZ(6)[],
    "f1 with space" INTEGER NOT NULL,
    "f2_col" DATE,
    "f3 with space" DATE NOT NULL,
    "f4" "Enum0" DEFAULT 'value 0',
    "r2_model3_0" TEXT,
    "r3_model1_0" INTEGER NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMESTAMP(3) NOT NULL,
    "select_f1" SMALLINT[],
    "f2" "Enum0"[],
    "r4_model1_0" INTEGER NOT NULL,
    "r5_model1_0" INTEGER NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "order_1_f0_idx" ON "order_1"("f0");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_f1 w_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_3" USING HASH ("f1 with space");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_r4_model1_0_key" ON "Model4"("r4_model1_0");

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "order_1"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r2__fkey" FOREIGN KEY ("r2_model3_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r3__fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "order_1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "order_1"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r5_model1_0_fkey" FOREIGN KEY ("r5_model1_0") REFERENCES "order_1"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
