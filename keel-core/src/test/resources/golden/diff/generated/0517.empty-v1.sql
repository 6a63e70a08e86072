-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'value 2', 'V3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" BIT(8) NOT NULL,
    "f1" DATE,
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" "Enum0" NOT NULL,
    "f1" "Enum1"[],

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" INTEGER NOT NULL,
    "f0" TEXT,
    "r1_model1_0" UUID,
    "r2_model2_0" INTEGER,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M3" (
    "A" VARCHAR(30) NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_M3_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Model 1 with space_f0_idx" ON "Model 1 with space"("f0");

-- CreateIndex
CREATE INDEX "_M3_B_index" ON "_M3"("B");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "order_2"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_M3" ADD CONSTRAINT "_M3_A_fkey" FOREIGN KEY ("A") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M3" ADD CONSTRAINT "_M3_B_fkey" FOREIGN KEY ("B") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;
