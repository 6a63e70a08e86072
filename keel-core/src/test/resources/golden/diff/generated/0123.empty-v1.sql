-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'value 1', 'V2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "model_0" (
    "id" TEXT NOT NULL,
    "f0" "Enum1" NOT NULL DEFAULT 'V0',
    "f1" BOOLEAN,
    "f2 with space" VARCHAR(191)[],
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0_col" CHAR(10),
    "f1_col" DOUBLE PRECISION,
    "f2_col" SMALLINT NOT NULL,
    "f3" TEXT NOT NULL,
    "f4" BIT(8)[],

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" INTEGER NOT NULL,
    "f0" TIME(3) NOT NULL,
    "f1" "enum_0_type" DEFAULT 'V0',
    "select_f2" BIGINT,
    "f3" REAL[],
    "select_f4" REAL,
    "f5_col" BOOLEAN NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "id" SERIAL NOT NULL,
    "f0" "enum_0_type" NOT NULL,
    "f1" TIME(3),
    "f2 with space" BYTEA NOT NULL,
    "f3" INET NOT NULL,
    "f4" TIME(3),

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 5 with space" (
    "id" TEXT NOT NULL,
    "f0" "enum_0_type" NOT NULL,
    "f1" VARBIT(16) NOT NULL,
    "f2" DOUBLE PRECISION,
    "f3" DECIMAL(65,30)[],
    "select_f4" BIT(8) NOT NULL,
    "f5" BYTEA NOT NULL,
    "r2_model2_0" INTEGER NOT NULL,
    "r2_model2_1" TEXT NOT NULL,

    CONSTRAINT "Model 5 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_0_f0_idx" ON "model_0"("f0");

-- CreateIndex
CREATE INDEX "order_2_kb_idx" ON "order_2" USING HASH ("kb");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_f0_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("f0");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 5 with space" ADD CONSTRAINT "Model 5 with space_r2_model2_0_r2_model2_1_fkey" FOREIGN KEY ("r2_model2_0", "r2_model2_1") REFERENCES "order_2"("ka", "kb") ON DELETE CASCADE ON UPDATE RESTRICT;
