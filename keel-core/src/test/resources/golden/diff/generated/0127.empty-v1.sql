-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1', 'V2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" REAL NOT NULL,
    "f1" REAL NOT NULL,
    "f2" DECIMAL(65,30) DEFAULT 12.5,
    "f3" TIMETZ(2) NOT NULL,
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" "Enum0" NOT NULL,
    "f1" "Enum1" NOT NULL,
    "f2" BIT(8) NOT NULL,
    "f3" BIGINT,
    "f4" TIMESTAMPTZ(6) NOT NULL,
    "f5_col" DOUBLE PRECISION NOT NULL,
    "r1_model0_0" VARCHAR(30),
    "r2_model1_0" UUID,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" CHAR(10) NOT NULL,
    "f1" INTEGER NOT NULL DEFAULT 42,
    "f2" "Enum0" NOT NULL DEFAULT 'value 0',

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model 0 with space_f0_f3_idx" ON "Model 0 with space"("f0", "f3");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r1_model0_0_key" ON "Model1"("r1_model0_0");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
