-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'value 1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" TEXT NOT NULL,
    "f0_col" REAL NOT NULL,
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TIMESTAMPTZ(6) NOT NULL,
    "f1" JSONB NOT NULL,
    "f2" OID NOT NULL,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r2_model1_0" UUID,
    "r3_model2_0" INTEGER,
    "r3_model2_1" TEXT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" INTEGER NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL,
    "f1" DECIMAL(65,30)[],

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_4" (
    "id" SERIAL NOT NULL,
    "f0" REAL NOT NULL,
    "f1" TEXT[],
    "f2 with space" TIMETZ(2)[],
    "f3_col" "Enum1" NOT NULL DEFAULT 'V0',
    "r4_model4_0" INTEGER,
    "r5_model1_0" UUID,

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" BIGSERIAL NOT NULL,
    "f0" INTEGER NOT NULL,
    "f1" TEXT,
    "f2" BYTEA,
    "f3" "enum_0_type"[],
    "f4_col" CHAR(10) NOT NULL,
    "f5" VARCHAR(191),
    "r6_model0_0" TEXT,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f0_col_key" ON "Model0"("f0_col");

-- CreateIndex
CREATE INDEX "Model0_f0_col_idx" ON "Model0" USING HASH ("f0_col");

-- CreateIndex
CREATE UNIQUE INDEX "model_3_f0_key" ON "model_3"("f0");

-- CreateIndex
CREATE INDEX "idx_model4_f0" ON "model_4"("f0" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model5_f4_col_key" ON "Model5"("f4_col");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "order_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model2_0_r3_model2_1_fkey" FOREIGN KEY ("r3_model2_0", "r3_model2_1") REFERENCES "Model2"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r4_model4_0_fkey" FOREIGN KEY ("r4_model4_0") REFERENCES "model_4"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r5_model1_0_fkey" FOREIGN KEY ("r5_model1_0") REFERENCES "order_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r6_model0_0_fkey" FOREIGN KEY ("r6_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
