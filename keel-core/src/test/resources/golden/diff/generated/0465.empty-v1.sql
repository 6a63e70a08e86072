-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "order" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" REAL[],
    "f1" TIMESTAMP(0),
    "f2_col" TIMESTAMP(3) NOT NULL,
    "f3" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" INTEGER NOT NULL,
    "f0" INET[],
    "f1" TEXT[],
    "f2_col" TEXT[],
    "f3" JSONB NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" TEXT,
    "f1" "Enum0" NOT NULL DEFAULT 'V0',
    "f2" BIGINT NOT NULL,
    "f3" JSON[],
    "r0_model2_0" VARCHAR(30),

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" SERIAL NOT NULL,
    "f0" REAL NOT NULL DEFAULT 0.25,
    "f1" OID,
    "f2" JSON,
    "f3_col" JSON,
    "r1_model1_0" INTEGER NOT NULL,
    "r2_model2_0" VARCHAR(30),

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" (
    "id" VARCHAR(30) NOT NULL,
    "r3_model3_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "order_f3_idx" ON "order" USING HASH ("f3");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f2_key" ON "Model2"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_r1_model1_0_key" ON "Model3"("r1_model1_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_r2_model2_0_key" ON "Model3"("r2_model2_0");

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r0_model2_0_fkey" FOREIGN KEY ("r0_model2_0") REFERENCES "Model2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "Model2"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r3__fkey" FOREIGN KEY ("r3_model3_0") REFERENCES "Model3"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
