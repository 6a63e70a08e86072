-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('value 0', 'V1', 'V2', 'value 3');

-- CreateTable
CREATE TABLE "order" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0 with space" TIME(3)[],
    "f1" TIMESTAMP(3)[],

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "select_f0" REAL NOT NULL,
    "f1" "Enum0" DEFAULT 'V0',
    "select_f2" CHAR(10) NOT NULL,
    "r0_model1_0" INTEGER,
    "r0_model1_1" TEXT,
    "r1_model0_0" UUID NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "Model1_ka_idx" ON "Model1"("ka");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model1_0_r0_model1_1_fkey" FOREIGN KEY ("r0_model1_0", "r0_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
