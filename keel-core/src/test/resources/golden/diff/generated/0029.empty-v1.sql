-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "order" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" BIGSERIAL NOT NULL,
    "f0" BIT(8),
    "f1" TIME(3),
    "f2" CHAR(10) NOT NULL,
    "f3" "enum_0_type" NOT NULL DEFAULT 'V0',

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" INTEGER NOT NULL,
    "B" BIGINT NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "modèle_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
