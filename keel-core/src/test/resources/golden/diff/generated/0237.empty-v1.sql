-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "order" (
    "id" SERIAL NOT NULL,
    "select_f0" DECIMAL(65,30),
    "f1 with space" TIMESTAMP(3),
    "select_f2" BOOLEAN DEFAULT false,
    "f3 with space" SMALLINT NOT NULL,
    "f4" SMALLINT[],
    "f5" DATE[],

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" SERIAL NOT NULL,
    "f0" SMALLINT NOT NULL,
    "f1" INET,
    "f2" DOUBLE PRECISION DEFAULT 1.5,
    "f3 with space" DECIMAL(65,30) NOT NULL,
    "f4" XML NOT NULL,
    "f5" TEXT DEFAULT 'hello',
    "r0_model1_0" INTEGER,
    "r1_model1_0" INTEGER,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_f3 with space_key" ON "order"("f3 with space");

-- CreateIndex
CREATE INDEX "idx_model0_f3" ON "order"("f3 with space" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_f3 with space_key" ON "modèle_1"("f3 with space");

-- CreateIndex
CREATE INDEX "modèle_1_f0_idx" ON "modèle_1"("f0");

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "modèle_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "modèle_1"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "modèle_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
