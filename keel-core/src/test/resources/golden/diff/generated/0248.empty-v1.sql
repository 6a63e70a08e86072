-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('value 0', 'V1');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('value 0', 'V1');

-- CreateTable
CREATE TABLE "order" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" "enum_1_type" NOT NULL,
    "f1" "enum_1_type" NOT NULL,
    "f2" TIME(3),
    "f3" VARBIT(16) NOT NULL,
    "f4" UUID,
    "f5" TEXT NOT NULL,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "select_f0" "enum_1_type"[],
    "f1 with space" DATE NOT NULL,
    "r0_model2_0" INTEGER,
    "r0_model2_1" TEXT,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_f5_key" ON "order"("f5");

-- CreateIndex
CREATE UNIQUE INDEX "Model 2 with space_ka_key" ON "Model 2 with space"("ka");

-- CreateIndex
CREATE INDEX "Model 2 with space_f1 with space_kb_idx" ON "Model 2 with space"("f1 with space", "kb");

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r0_model2_0_r0_model2_1_fkey" FOREIGN KEY ("r0_model2_0", "r0_model2_1") REFERENCES "Model 2 with space"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;
