-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'value 1', 'value 2', 'value 3');

-- CreateTable
CREATE TABLE "order" (
    "id" SERIAL NOT NULL,
    "f0" DECIMAL(65,30)[],
    "r0_model0_0" INTEGER,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" TEXT NOT NULL,
    "select_f0" UUID,
    "f1_col" INTEGER NOT NULL,
    "f2" TEXT[],
    "f3" BIGINT[],
    "f4" INET,
    "r1_model1_0" TEXT,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
