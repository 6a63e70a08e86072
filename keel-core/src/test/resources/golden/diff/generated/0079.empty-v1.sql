-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'value 1', 'V2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" "Enum1" DEFAULT 'V0',
    "r0_model0_0" BIGINT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" DATE NOT NULL,
    "f1" DOUBLE PRECISION,
    "f2" DECIMAL(10,2),
    "f3 with space" UUID,
    "f4" BYTEA,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" BIGSERIAL NOT NULL,
    "f0" TIME(3)[],
    "r1_model1_0" INTEGER,
    "r1_model1_1" TEXT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" TEXT NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "f1" TIMESTAMP(0) NOT NULL,
    "f2" INTEGER NOT NULL DEFAULT 42,
    "f3" BIGINT NOT NULL,
    "f4" OID,
    "f5" DATE,
    "r2_model1_0" INTEGER,
    "r2_model1_1" TEXT,
    "r3_model3_0" TEXT,

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "order_1_f0 with space_idx" ON "order_1" USING HASH ("f0 with space");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model1_0_r1_model1_1_fkey" FOREIGN KEY ("r1_model1_0", "r1_model1_1") REFERENCES "order_1"("ka", "kb") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r2_model1_0_r2_model1_1_fkey" FOREIGN KEY ("r2_model1_0", "r2_model1_1") REFERENCES "order_1"("ka", "kb") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r3_model3_0_fkey" FOREIGN KEY ("r3_model3_0") REFERENCES "modèle_3"("id") ON DELETE SET NULL ON UPDATE CASCADE;
