-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" TEXT NOT NULL,
    "select_f0" "Enum0" NOT NULL,
    "f1" BYTEA,
    "f2" INTEGER NOT NULL DEFAULT 42,
    "f3 with space" "Enum0"[],
    "f4_col" MONEY[],
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" INTEGER NOT NULL,
    "f0" VARBIT(16) NOT NULL,
    "f1" "Enum0" NOT NULL DEFAULT 'V0',
    "f2" CHAR(10),
    "r2_model1_0" INTEGER,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" INTEGER NOT NULL,
    "r3_model2_0" INTEGER,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DECIMAL(65,30)[],
    "f1" TEXT NOT NULL DEFAULT '',
    "f2_col" JSON NOT NULL,
    "f3 with space" TIMESTAMP(0),
    "f4_col" BYTEA,
    "r4_model1_0" INTEGER,
    "r5_model3_0" UUID,

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" BIGSERIAL NOT NULL,
    "f0" "Enum0",
    "f1" INTEGER[],

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 5 with space" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" "Enum0" NOT NULL DEFAULT 'V0',
    "f1" TIMETZ(2),
    "f2" DATE NOT NULL,
    "f3" VARBIT(16) NOT NULL,
    "f4" VARBIT(16),

    CONSTRAINT "Model 5 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_3_f1_key" ON "modèle_3"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "Model 5 with space_f2_key" ON "Model 5 with space"("f2");

-- CreateIndex
CREATE INDEX "Model 5 with space_f3_f2_idx" ON "Model 5 with space"("f3", "f2");

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "modèle_1"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model2"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "modèle_1"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r5_model3_0_fkey" FOREIGN KEY ("r5_model3_0") REFERENCES "modèle_3"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "modèle_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
