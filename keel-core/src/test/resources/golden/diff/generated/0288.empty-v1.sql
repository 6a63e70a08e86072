-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('value 0', 'V1');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" SERIAL NOT NULL,
    "f0_col" MONEY[],
    "f1" VARCHAR(191) NOT NULL,
    "f2" INET,
    "f3_col" "Enum1" NOT NULL,
    "f4 with space" DOUBLE PRECISION NOT NULL,
    "f5" INTEGER[],
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" TEXT NOT NULL,
    "f0" INET[],
    "f1" JSON,
    "f2" "Enum1" NOT NULL DEFAULT 'value 0',

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" INTEGER NOT NULL,
    "f0" BIT(8)[],
    "f1" VARBIT(16) NOT NULL,
    "f2" BIGINT DEFAULT 9007199254740993,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" INTEGER NOT NULL,
    "f0" BYTEA,
    "f1" OID NOT NULL,
    "f2_col" "Enum1" NOT NULL,
    "f3" "Enum1" DEFAULT 'value 0',
    "f4" VARCHAR(191) NOT NULL DEFAULT 'it''s',
    "r2_model1_0" TEXT,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_f1_f_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("f1", "f4 with space");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f2_key" ON "Model1"("f2");

-- CreateIndex
CREATE INDEX "idx_model1_f2" ON "Model1"("f2" DESC);

-- CreateIndex
CREATE INDEX "modèle_2_f1_idx" ON "modèle_2"("f1");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r1__fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
