-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" BIGSERIAL NOT NULL,
    "f0" UUID,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" OID NOT NULL,
    "f1 with space" DOUBLE PRECISION[],
    "f2" JSONB NOT NULL,
    "f3" TEXT,
    "f4" TIMETZ(2) NOT NULL,
    "f5_col" JSON NOT NULL,
    "r0_model0_0" BIGINT NOT NULL,
    "r1_model1_0" UUID,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" TEXT NOT NULL,
    "f0" "Enum0" NOT NULL,
    "f1 with space" OID[],

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model1_f4_f0_idx" ON "Model1"("f4", "f0");

-- CreateIndex
CREATE UNIQUE INDEX "order_2_f0_key" ON "order_2"("f0");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE SET NULL;
