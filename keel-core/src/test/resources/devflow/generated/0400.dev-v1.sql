-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" INTEGER NOT NULL,
    "f0" TEXT DEFAULT 'hello',
    "f1" TEXT NOT NULL,
    "f2" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" XML,
    "f1_col" XML,
    "f2" DECIMAL(65,30) NOT NULL DEFAULT 12.5,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" SERIAL NOT NULL,
    "f0" MONEY,
    "f1" TEXT NOT NULL,
    "f2_col" BIGINT DEFAULT 9007199254740993,
    "f3 with space" UUID NOT NULL,
    "f4" INET NOT NULL,
    "f5 with space" TIMETZ(2) NOT NULL,
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" SERIAL NOT NULL,
    "r2_model0_0" INTEGER,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" INTEGER NOT NULL,
    "r3_model2_0" INTEGER NOT NULL,
    "r4_model3_0" INTEGER NOT NULL,

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "order_1_f2_idx" ON "order_1" USING HASH ("f2");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_r1_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("r1_model0_0");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r1__fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r4_model3_0_fkey" FOREIGN KEY ("r4_model3_0") REFERENCES "Model3"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
