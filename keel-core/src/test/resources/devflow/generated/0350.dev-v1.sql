-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'value 1', 'V2', 'value 3');

-- CreateTable
CREATE TABLE "order" (
    "id" INTEGER NOT NULL,
    "f0_col" "Enum0"[],
    "f1" INTEGER[],
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" TEXT NOT NULL,
    "f0" VARBIT(16)[],
    "f1" JSON,
    "f2" VARBIT(16) NOT NULL,
    "f3" INTEGER NOT NULL,
    "r2_model1_0" TEXT,
    "r3_model0_0" INTEGER NOT NULL,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_f3_f2_key" ON "modèle_1"("f3", "f2");

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "modèle_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "modèle_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
