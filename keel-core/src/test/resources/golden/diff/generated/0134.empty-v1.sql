-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'V2', 'value 3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" TEXT NOT NULL,
    "f0" TIMESTAMPTZ(6),
    "f1" "Enum1",
    "f2" "Enum1" NOT NULL,
    "f3" TIMESTAMP(0)[],
    "f4" TEXT NOT NULL,
    "f5" DOUBLE PRECISION[],
    "r0_model0_0" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" VARCHAR(191) NOT NULL DEFAULT 'it''s',
    "f1" INTEGER NOT NULL,
    "f2" VARBIT(16),

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" XML NOT NULL,
    "select_f1" BOOLEAN NOT NULL,
    "r1_model1_0" UUID NOT NULL,
    "r2_model0_0" TEXT NOT NULL,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" DATE NOT NULL,
    "f1" INTEGER NOT NULL,
    "r3_model3_0" VARCHAR(30),

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f2_key" ON "Model0"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f0_key" ON "Model1"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "order_2_r2_model0_0_key" ON "order_2"("r2_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_f1_key" ON "Model3"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_select_f0_f1_key" ON "Model3"("select_f0", "f1");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r3_model3_0_fkey" FOREIGN KEY ("r3_model3_0") REFERENCES "Model3"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
