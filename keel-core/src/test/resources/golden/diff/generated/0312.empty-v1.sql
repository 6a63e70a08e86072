-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "f0" DATE,
    "f1" "Enum0" NOT NULL DEFAULT 'value 0',
    "f2" TEXT,
    "f3" TIMETZ(2) NOT NULL,
    "f4_col" JSON NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" TEXT NOT NULL,
    "f0" DATE,
    "f1" TIMESTAMP(3)[],
    "f2 with space" BYTEA NOT NULL,
    "f3" DECIMAL(10,2)[],
    "r0_model1_0" TEXT,
    "r1_model1_0" TEXT,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" TEXT NOT NULL,
    "f0" TEXT NOT NULL,
    "f1" TIMESTAMP(0)[],
    "f2" SMALLINT NOT NULL,
    "f3" VARBIT(16) NOT NULL,
    "f4" REAL DEFAULT 0.25,
    "r2_model2_0" TEXT,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "id" TEXT NOT NULL,
    "r3_model1_0" TEXT NOT NULL,

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Model0_f1_f3_idx" ON "Model0"("f1", "f3");

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "order_1"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "order_1"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "modèle_2"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "order_1"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "order_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
