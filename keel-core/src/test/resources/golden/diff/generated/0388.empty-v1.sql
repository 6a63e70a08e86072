-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "f0 with space" SMALLINT[],
    "f1" JSONB,
    "f2" TEXT NOT NULL DEFAULT '',
    "f3_col" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" INTEGER NOT NULL,
    "f0_col" BIGINT,
    "f1" TEXT NOT NULL DEFAULT 'hello',
    "f2" "Enum0" DEFAULT 'V0',
    "f3" "Enum0" NOT NULL DEFAULT 'V0',
    "f4 with space" BOOLEAN NOT NULL,
    "r0_model0_0" INTEGER NOT NULL,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" TEXT NOT NULL,
    "f0" "Enum0" NOT NULL,
    "select_f1" JSONB DEFAULT '{}',
    "f2" "Enum0" NOT NULL DEFAULT 'V0',
    "f3" INET[],

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" INTEGER[],
    "f1_col" TEXT,
    "f2" TIMESTAMPTZ(6) NOT NULL,
    "f3_col" TIMESTAMP(0) NOT NULL,
    "f4 with space" "Enum0",
    "r1_model0_0" INTEGER NOT NULL,
    "r2_model0_0" INTEGER NOT NULL,

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_5" (
    "id" INTEGER NOT NULL,
    "f0" "Enum0" NOT NULL DEFAULT 'V0',
    "f1 with space" SMALLINT[],
    "f2" BIT(8),
    "r3_model1_0" UUID NOT NULL,

    CONSTRAINT "modèle_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f2_key" ON "Model0"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "order_2_f1_key" ON "order_2"("f1");

-- CreateIndex
CREATE INDEX "idx_model2_f3" ON "order_2"("f3" DESC);

-- CreateIndex
CREATE INDEX "idx_model3_f0" ON "Model3"("f0" DESC);

-- CreateIndex
CREATE INDEX "Model 4 with space_f2_idx" ON "Model 4 with space"("f2");

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_5" ADD CONSTRAINT "modèle_5_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
