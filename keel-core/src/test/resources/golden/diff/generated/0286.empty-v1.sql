-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1', 'V2', 'value 3');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "order" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "r0_model0_0" UUID,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" SERIAL NOT NULL,
    "f0" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "select_f1" "enum_1_type" NOT NULL DEFAULT 'V0',
    "select_f2" INET NOT NULL,
    "f3" VARBIT(16) NOT NULL,
    "f4" UUID,
    "f5" TEXT,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" SERIAL NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL,
    "r1_model1_0" INTEGER,
    "r2_model2_0" INTEGER,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" MONEY[],
    "f1" MONEY NOT NULL,
    "f2" BOOLEAN[],
    "f3" "enum_1_type" DEFAULT 'V0',
    "f4 with space" "Enum0"[],
    "f5 with space" BIGINT[],

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "id" TEXT NOT NULL,
    "f0" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_2_f0_key" ON "model_2"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "Model 3 with space_f1_key" ON "Model 3 with space"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "Model 4 with space_f0_key" ON "Model 4 with space"("f0");

-- CreateIndex
CREATE INDEX "Model 4 with space_f0_idx" ON "Model 4 with space"("f0");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "model_1"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "model_2"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
