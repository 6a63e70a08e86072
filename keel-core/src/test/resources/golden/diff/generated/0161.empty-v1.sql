-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" SERIAL NOT NULL,
    "f0" TIMESTAMPTZ(6) NOT NULL,
    "f1_col" "Enum0",
    "f2" DECIMAL(10,2),
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "r2_model1_0" INTEGER,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" UUID NOT NULL,
    "f1" VARCHAR(191) NOT NULL,
    "f2 with space" MONEY NOT NULL,
    "f3_col" DECIMAL(65,30)[],
    "f4" "Enum0",
    "f5" JSON NOT NULL,
    "r3_model1_0" INTEGER,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" TEXT NOT NULL,
    "r4_model2_0" VARCHAR(30) NOT NULL,
    "r5_model2_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "id" TEXT NOT NULL,
    "f0_col" OID[],

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 0 with space_f0_key" ON "Model 0 with space"("f0");

-- CreateIndex
CREATE INDEX "Model 0 with space_f0_idx" ON "Model 0 with space"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_r3_model1_0_key" ON "modèle_2"("r3_model1_0");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "modèle_2"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r5_model2_0_fkey" FOREIGN KEY ("r5_model2_0") REFERENCES "modèle_2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
