-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" TEXT NOT NULL,
    "f0" DECIMAL(65,30),
    "f1" TIME(3) NOT NULL,
    "r0_model0_0" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" TIMESTAMP(3) NOT NULL,
    "f1 with space" DECIMAL(65,30) NOT NULL,
    "r1_model0_0" TEXT,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "r2_model1_0" UUID,
    "r3_model1_0" UUID NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" DECIMAL(65,30) DEFAULT 12.5,
    "select_f1" "Enum0",
    "f2 with space" TIMESTAMPTZ(6),
    "f3" "Enum0" NOT NULL,
    "select_f4" "Enum0"[],
    "f5" "Enum0" NOT NULL DEFAULT 'V0',
    "r4_model0_0" TEXT,
    "r5_model3_0" VARCHAR(30),

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" INTEGER NOT NULL,
    "f0" "Enum0",
    "f1" XML[],
    "select_f2" DOUBLE PRECISION NOT NULL,
    "f3" "Enum0" NOT NULL DEFAULT 'V0',
    "f4" DOUBLE PRECISION,
    "f5" "Enum0" NOT NULL DEFAULT 'V0',
    "r6_model2_0" VARCHAR(30),
    "r7_model3_0" VARCHAR(30),

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_f0_col_key" ON "modèle_1"("f0_col");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_r1_model0_0_key" ON "modèle_1"("r1_model0_0");

-- CreateIndex
CREATE INDEX "modèle_1_f0_col_idx" ON "modèle_1"("f0_col");

-- CreateIndex
CREATE UNIQUE INDEX "order_4_f5_key" ON "order_4"("f5");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "modèle_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "modèle_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r5_model3_0_fkey" FOREIGN KEY ("r5_model3_0") REFERENCES "Model3"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r6_model2_0_fkey" FOREIGN KEY ("r6_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r7_model3_0_fkey" FOREIGN KEY ("r7_model3_0") REFERENCES "Model3"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
