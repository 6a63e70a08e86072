-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DECIMAL(65,30) NOT NULL DEFAULT 12.5,
    "f1" TEXT DEFAULT '',
    "f2" JSONB NOT NULL DEFAULT '{}',
    "r0_model0_0" UUID,
    "r1_model0_0" UUID,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIME(3)[],
    "f1" VARCHAR(191) NOT NULL,
    "f2 with space" INET,
    "select_f3" DECIMAL(65,30) NOT NULL,
    "f4" "Enum1",

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" INTEGER NOT NULL,
    "f0 with space" JSON,
    "f1" BIT(8)[],
    "f2_col" TIMETZ(2),
    "f3" "Enum0" DEFAULT 'V0',
    "f4 with space" REAL,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" BIGSERIAL NOT NULL,
    "f0" DOUBLE PRECISION[],
    "select_f1" CHAR(10) NOT NULL,
    "f2 with space" CHAR(10),
    "f3" "Enum1"[],
    "f4" "Enum1",

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" TEXT NOT NULL,
    "f0 with space" "Enum0" NOT NULL DEFAULT 'V0',
    "f1" DECIMAL(10,2),
    "f2" OID[],
    "f3" DOUBLE PRECISION,
    "f4" UUID NOT NULL,
    "f5" TIMETZ(2)[],
    "r2_model0_0" UUID NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" (
    "id" SERIAL NOT NULL,
    "f0_col" UUID,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_f1_key" ON "Model 1 with space"("f1");

-- CreateIndex
CREATE INDEX "Model3_select_f1_idx" ON "Model3"("select_f1");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_f0 with space_key" ON "Model4"("f0 with space");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
