-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'value 1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "f0_col" UUID NOT NULL,
    "f1" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "select_f2" TIMETZ(2)[],
    "f3" JSON,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" SERIAL NOT NULL,
    "f0" INET,
    "f1" DECIMAL(10,2) DEFAULT 0,
    "f2 with space" JSONB[],
    "f3" JSON,
    "f4" "Enum1" NOT NULL DEFAULT 'V0',

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" REAL[],
    "select_f1" "Enum0" NOT NULL DEFAULT 'V0',
    "select_f2" "Enum0" NOT NULL DEFAULT 'V0',
    "r0_model2_0" UUID,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" VARBIT(16),
    "f1" DECIMAL(65,30) NOT NULL,
    "f2 with space" UUID,
    "f3" JSONB,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" BIGSERIAL NOT NULL,
    "f0" XML,
    "f1" TIMESTAMPTZ(6),
    "r1_model0_0" INTEGER NOT NULL,
    "r2_model0_0" INTEGER NOT NULL,

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model0_f0_col_idx" ON "Model0"("f0_col");

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_f4_key" ON "Model 1 with space"("f4");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_select_f2_key" ON "Model2"("select_f2");

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r0_model2_0_fkey" FOREIGN KEY ("r0_model2_0") REFERENCES "Model2"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
