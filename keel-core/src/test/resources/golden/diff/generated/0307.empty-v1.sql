-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "f0" DECIMAL(65,30) NOT NULL DEFAULT 12.5,
    "r0_model0_0" BIGINT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" DECIMAL(65,30),
    "f1" "enum_1_type" NOT NULL,
    "r1_model1_0" INTEGER,
    "r1_model1_1" TEXT,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" DECIMAL(10,2) DEFAULT 0,
    "f1 with space" INTEGER,
    "f2_col" JSON NOT NULL,
    "r2_model1_0" INTEGER,
    "r2_model1_1" TEXT,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" TEXT NOT NULL,
    "f0_col" DECIMAL(65,30) NOT NULL,
    "f1" DECIMAL(65,30),
    "f2" SMALLINT[],
    "f3 with space" "Enum0" NOT NULL DEFAULT 'V0',
    "f4" UUID,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_4" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_5" (
    "id" VARCHAR(30) NOT NULL,
    "r3_model0_0" BIGINT NOT NULL,

    CONSTRAINT "model_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model0_f0_idx" ON "Model0"("f0");

-- CreateIndex
CREATE INDEX "order_3_f0_col_idx" ON "order_3" USING HASH ("f0_col");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r1_model1_0_r1_model1_1_fkey" FOREIGN KEY ("r1_model1_0", "r1_model1_1") REFERENCES "order_1"("ka", "kb") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r2_model1_0_r2_model1_1_fkey" FOREIGN KEY ("r2_model1_0", "r2_model1_1") REFERENCES "order_1"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_5" ADD CONSTRAINT "model_5_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
