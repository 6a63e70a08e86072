-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1', 'value 2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'value 2');

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "f0" DECIMAL(10,2) NOT NULL,
    "f1" "enum_0_type" DEFAULT 'V0',
    "f2" VARBIT(16) NOT NULL,
    "f3" REAL,
    "f4" DECIMAL(10,2),
    "f5" XML,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" TEXT NOT NULL,
    "r0_model1_0" TEXT,
    "r1_model0_0" INTEGER NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" INTEGER NOT NULL,
    "r2_model1_0" TEXT NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" SERIAL NOT NULL,
    "r3_model0_0" INTEGER,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" BIGSERIAL NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL,
    "f1_col" CHAR(10) NOT NULL,
    "f2 with space" CHAR(10) NOT NULL,
    "f3" TIMESTAMP(0)[],
    "f4 with space" TEXT[],
    "f5" "Enum1" NOT NULL DEFAULT 'V0',
    "r4_model0_0" INTEGER NOT NULL,
    "r5_model3_0" INTEGER,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" BIGINT NOT NULL,
    "f1" JSON,
    "f2_col" VARBIT(16) NOT NULL,
    "select_f3" TIME(3),
    "r6_model5_0" VARCHAR(30),
    "r7_model5_0" VARCHAR(30),

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f2_key" ON "Model0"("f2");

-- CreateIndex
CREATE INDEX "Model0_f0_idx" ON "Model0" USING HASH ("f0");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_r2_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("r2_model1_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_f0_key" ON "Model4"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_r4_model0_0_key" ON "Model4"("r4_model0_0");

-- CreateIndex
CREATE INDEX "Model4_f0_f5_idx" ON "Model4"("f0", "f5");

-- CreateIndex
CREATE UNIQUE INDEX "Model5_select_f0_key" ON "Model5"("select_f0");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r0__fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r1__fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r2__fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r5_model3_0_fkey" FOREIGN KEY ("r5_model3_0") REFERENCES "order_3"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r6_model5_0_fkey" FOREIGN KEY ("r6_model5_0") REFERENCES "Model5"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r7_model5_0_fkey" FOREIGN KEY ("r7_model5_0") REFERENCES "Model5"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
