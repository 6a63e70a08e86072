-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('value 0', 'value 1', 'V2');

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "f0" "Enum0" NOT NULL DEFAULT 'value 0',
    "f1" INTEGER NOT NULL DEFAULT 0,
    "f2" "enum_1_type"[],
    "select_f3" "enum_1_type" NOT NULL DEFAULT 'value 0',
    "f4" "Enum0" NOT NULL DEFAULT 'value 0',
    "f5 with space" INTEGER NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" BIGSERIAL NOT NULL,
    "r0_model0_0" BIGINT,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" SERIAL NOT NULL,
    "f0" UUID NOT NULL,
    "select_f1" TIMETZ(2),
    "f2" VARCHAR(191) NOT NULL,
    "f3_col" INET,
    "f4" TEXT NOT NULL DEFAULT '',
    "r1_model1_0" BIGINT,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" INTEGER NOT NULL,
    "f0" "enum_1_type"[],
    "r2_model1_0" BIGINT,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f5 with space_key" ON "Model0"("f5 with space");

-- CreateIndex
CREATE INDEX "idx_model0_f4" ON "Model0"("f4" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "model_2_r1_model1_0_key" ON "model_2"("r1_model1_0");

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "model_1"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "model_1"("id") ON DELETE NO ACTION ON UPDATE SET NULL;
