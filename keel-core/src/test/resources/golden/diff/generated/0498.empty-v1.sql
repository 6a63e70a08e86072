-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "order" (
    "id" INTEGER NOT NULL,
    "f0" UUID NOT NULL,
    "f1" TEXT,
    "select_f2" INET NOT NULL,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" INTEGER NOT NULL,
    "f0" OID NOT NULL,
    "f1" INET NOT NULL,
    "f2" UUID NOT NULL,
    "f3" "Enum1" NOT NULL DEFAULT 'V0',
    "f4" DATE NOT NULL,
    "r0_model0_0" INTEGER NOT NULL,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" VARCHAR(30) NOT NULL,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_select_f2_key" ON "order"("select_f2");

-- CreateIndex
CREATE INDEX "modèle_1_f1_idx" ON "modèle_1" USING HASH ("f1");

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
