-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'value 2');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" SERIAL NOT NULL,
    "f0" TEXT DEFAULT '',
    "f1" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f2" VARCHAR(191),
    "f3" TIMESTAMP(3) NOT NULL,
    "f4" "Enum0",
    "f5" JSONB NOT NULL,
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" "Enum1"[],
    "f1 with space" TEXT NOT NULL,
    "f2" "Enum1" DEFAULT 'V0',
    "r2_model1_0" VARCHAR(30),

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" BIGSERIAL NOT NULL,
    "f0 with space" BIGINT DEFAULT 9007199254740993,
    "f1" XML,
    "f2" "Enum0"[],
    "f3" "Enum0"[],
    "f4" SMALLINT[],
    "f5" JSON NOT NULL,
    "r3_model0_0" INTEGER,
    "r4_model2_0" BIGINT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" INTEGER NOT NULL,
    "f0 with space" "Enum0"[],
    "f1" UUID[],
    "f2" DECIMAL(10,2) NOT NULL,
    "f3" "Enum1" NOT NULL DEFAULT 'V0',
    "f4" JSONB NOT NULL,
    "f5" JSON,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" XML[],
    "f1" TIMESTAMP(0),
    "f2" TIMETZ(2) NOT NULL,
    "f3" TEXT[],
    "f4" DECIMAL(65,30) NOT NULL,
    "f5" "Enum1"[],
    "r5_model3_0" INTEGER NOT NULL,
    "r6_model3_0" INTEGER NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model5" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DATE,
    "f1" "Enum0"[],
    "f2 with space" "Enum1" NOT NULL,
    "f3" TIMETZ(2),

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "idx_model0_f3" ON "modèle_0"("f3" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model3_f2_key" ON "Model3"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_4_r5_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_4"("r5_model3_0");

-- CreateIndex
CREATE INDEX "idx_model4_kb" ON "a_table_name_long_enough_to_push_index_names_past_63_4"("kb" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model5_ka_key" ON "Model5"("ka");

-- CreateIndex
CREATE UNIQUE INDEX "Model5_f2 with space_key" ON "Model5"("f2 with space");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "model_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r3__fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r4__fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r5__fkey" FOREIGN KEY ("r5_model3_0") REFERENCES "Model3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r6__fkey" FOREIGN KEY ("r6_model3_0") REFERENCES "Model3"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
