-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "f0" TEXT NOT NULL,
    "f1_col" TIMESTAMP(3) NOT NULL,
    "f2" MONEY NOT NULL,
    "r0_model0_0" BIGINT,
    "r1_model0_0" BIGINT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" SMALLINT,
    "f1 with space" BIGINT NOT NULL,
    "f2" TIMETZ(2) NOT NULL,
    "f3" "Enum0" DEFAULT 'V0',
    "f4_col" "Enum0" NOT NULL DEFAULT 'V0',
    "f5" "Enum0",

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "select_f0" "Enum0"[],
    "select_f1" "Enum0" NOT NULL,
    "f2" DOUBLE PRECISION[],
    "select_f3" "Enum0" NOT NULL DEFAULT 'V0',
    "f4_col" BIGINT DEFAULT 9007199254740993,
    "r2_model0_0" BIGINT NOT NULL,
    "r3_model1_0" INTEGER NOT NULL,
    "r3_model1_1" TEXT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "idx_model0_f2" ON "Model0"("f2" DESC);

-- CreateIndex
CREATE INDEX "Model1_ka_f2_idx" ON "Model1"("ka", "f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_r2_model0_0_key" ON "Model2"("r2_model0_0");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model1_0_r3_model1_1_fkey" FOREIGN KEY ("r3_model1_0", "r3_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;
