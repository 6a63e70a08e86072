-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'value 1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('value 0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMP(3),
    "f1" XML[],
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "f0" UUID,
    "r2_model0_0" INTEGER,
    "r3_model0_0" INTEGER NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" TEXT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TEXT NOT NULL,
    "f1" VARCHAR(191) NOT NULL,
    "r4_model2_0" TEXT NOT NULL,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" TEXT NOT NULL,
    "r5_model1_0" BIGINT NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 5 with space" (
    "id" SERIAL NOT NULL,
    "select_f0" "enum_0_type" NOT NULL,
    "select_f1" INTEGER NOT NULL DEFAULT 42,
    "f2" BYTEA,
    "f3" "Enum1"[],
    "r6_model0_0" INTEGER NOT NULL,

    CONSTRAINT "Model 5 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" INTEGER NOT NULL,
    "B" BIGINT NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r2_model0_0_key" ON "Model1"("r2_model0_0");

-- CreateIndex
CREATE INDEX "model_3_f0_idx" ON "model_3"("f0");

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "Model2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r5_model1_0_fkey" FOREIGN KEY ("r5_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 5 with space" ADD CONSTRAINT "Model 5 with space_r6_model0_0_fkey" FOREIGN KEY ("r6_model0_0") REFERENCES "modèle_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
