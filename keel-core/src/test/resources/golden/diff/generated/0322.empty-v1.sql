-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" SMALLINT NOT NULL,
    "f1" TIMESTAMP(0)[],
    "f2" MONEY NOT NULL,
    "r0_model0_0" BIGINT,
    "r1_model0_0" BIGINT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" TEXT NOT NULL,
    "f0 with space" TEXT NOT NULL DEFAULT '',
    "f1" DECIMAL(65,30) NOT NULL,
    "select_f2" UUID,
    "select_f3" OID,
    "f4" "Enum0",
    "f5" TIMESTAMPTZ(6)[],
    "r2_model1_0" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" INTEGER NOT NULL,
    "f0" "Enum0",
    "f1" JSONB NOT NULL DEFAULT '{}',
    "f2" OID NOT NULL,
    "f3" CHAR(10) NOT NULL,
    "r3_model1_0" TEXT NOT NULL,
    "r4_model2_0" INTEGER,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TEXT DEFAULT 'hello',
    "f1_col" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "f2" DOUBLE PRECISION NOT NULL,
    "f3" CHAR(10) NOT NULL,
    "r5_model0_0" BIGINT NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" INTEGER NOT NULL,
    "f1" MONEY,
    "f2" VARCHAR(191) NOT NULL,
    "f3 with space" DECIMAL(10,2) NOT NULL,
    "f4" BIT(8),
    "f5_col" REAL NOT NULL DEFAULT 0.25,

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" "Enum0" NOT NULL DEFAULT 'V0',
    "f1" INET,
    "r6_model1_0" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_f0 w_key" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("f0 with space");

-- CreateIndex
CREATE UNIQUE INDEX "order_2_r3_model1_0_key" ON "order_2"("r3_model1_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_r5_model0_0_key" ON "Model3"("r5_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_4_f2_key" ON "modèle_4"("f2");

-- CreateIndex
CREATE INDEX "modèle_4_f0_idx" ON "modèle_4" USING HASH ("f0");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_5_f0_c_key" ON "a_table_name_long_enough_to_push_index_names_past_63_5"("f0_col");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_5_f0_c_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_5" USING HASH ("f0_col");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r2__fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "order_2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r6__fkey" FOREIGN KEY ("r6_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
