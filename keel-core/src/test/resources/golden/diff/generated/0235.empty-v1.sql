-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" JSON,
    "f1" XML,
    "f2" TIMESTAMP(0) NOT NULL,
    "r0_model0_0" UUID,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" BIGINT NOT NULL DEFAULT 9007199254740993,
    "f1" MONEY NOT NULL,
    "select_f2" UUID NOT NULL,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model 0 with space_f2_idx" ON "Model 0 with space" USING HASH ("f2");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
