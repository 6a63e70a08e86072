-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "order" (
    "id" INTEGER NOT NULL,
    "f0_col" "Enum0" NOT NULL,
    "select_f1" TIMESTAMP(0),
    "f2" CHAR(10) NOT NULL,
    "f3" "Enum1"[],
    "f4 with space" OID,
    "f5" TIMESTAMP(3),
    "r0_model0_0" INTEGER,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model0_f2" ON "order"("f2" DESC);

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
