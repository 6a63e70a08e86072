-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('value 0', 'V1', 'V2', 'value 3');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" INTEGER NOT NULL,
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" TEXT NOT NULL,
    "f0" TIME(3),
    "f1" "Enum0" NOT NULL DEFAULT 'V0',
    "f2" DECIMAL(10,2)[],
    "f3 with space" "Enum0" NOT NULL DEFAULT 'V0',
    "f4" "Enum0" NOT NULL DEFAULT 'V0',
    "f5_col" DOUBLE PRECISION,
    "r2_model0_0" INTEGER,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_1_f3 with space_key" ON "order_1"("f3 with space");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
