-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model0" (
    "id" TEXT NOT NULL,
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" OID NOT NULL,
    "f1" MONEY NOT NULL,
    "f2" JSONB NOT NULL DEFAULT '{}',
    "f3" INTEGER[] DEFAULT ARRAY[1, 2]::INTEGER[],
    "f4 with space" JSONB,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIME(3)[],

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0 with space" JSON,
    "f1" TIME(3),
    "f2_col" JSON,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" VARBIT(16),
    "f1" BYTEA[],
    "f2" TEXT NOT NULL,
    "f3" UUID NOT NULL,
    "f4" VARCHAR(191) NOT NULL DEFAULT 'it''s',
    "r2_model2_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0 with space" "Enum0" DEFAULT 'V0',
    "f1" "Enum0"[],
    "f2" TIMESTAMP(0),

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_select_f0_key" ON "modèle_1"("select_f0");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;
