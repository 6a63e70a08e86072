-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1', 'value 2');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" INTEGER NOT NULL,
    "f1" VARCHAR(191) NOT NULL DEFAULT 'it''s',
    "f2" INTEGER,
    "f3" INET,
    "f4" "enum_0_type" NOT NULL DEFAULT 'V0',
    "f5_col" TIME(3) NOT NULL,
    "r0_model1_0" UUID,
    "r1_model1_0" UUID,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" BIGSERIAL NOT NULL,
    "f0" BYTEA,
    "f1" INET,
    "select_f2" INTEGER NOT NULL DEFAULT 42,
    "f3" "enum_0_type" NOT NULL,
    "f4" TIMESTAMPTZ(6),
    "f5" MONEY[],

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_f5_col_f4_key" ON "Model 1 with space"("f5_col", "f4");

-- CreateIndex
CREATE UNIQUE INDEX "Model 2 with space_f3_key" ON "Model 2 with space"("f3");

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE SET NULL ON UPDATE SET NULL;
