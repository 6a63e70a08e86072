-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "order" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL,
    "f1" INET,
    "f2" BYTEA NOT NULL,
    "f3" CHAR(10) NOT NULL,
    "f4 with space" DECIMAL(65,30),

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" SERIAL NOT NULL,
    "f0 with space" "enum_0_type" NOT NULL DEFAULT 'V0',
    "f1_col" INET,
    "r0_model1_0" INTEGER,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" "enum_0_type"[],
    "f1" VARCHAR(191) NOT NULL,
    "f2" INTEGER DEFAULT 0,
    "f3" "enum_0_type"[],
    "f4 with space" JSONB,
    "f5" BIT(8) NOT NULL,
    "r1_model1_0" INTEGER,
    "r2_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0 with space" REAL NOT NULL,
    "r3_model2_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model0_f2" ON "order"("f2" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "order_1_f0 with space_key" ON "order_1"("f0 with space");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_r2_model0_0_key" ON "Model2"("r2_model0_0");

-- CreateIndex
CREATE INDEX "Model2_f5_idx" ON "Model2" USING HASH ("f5");

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "order_1"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "order_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "order"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model2"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
