-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "select_f0" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "select_f1" JSON NOT NULL,
    "f2" DECIMAL(10,2) NOT NULL,
    "f3" XML[],
    "f4_col" BYTEA,
    "select_f5" TEXT NOT NULL,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" TEXT NOT NULL,
    "select_f0" JSON NOT NULL,
    "select_f1" TEXT NOT NULL,
    "f2" UUID NOT NULL,
    "f3 with space" TIMESTAMP(3) NOT NULL,
    "r1_model0_0" INTEGER,
    "r1_model0_1" TEXT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TIMETZ(2) NOT NULL,
    "select_f1" TEXT[],
    "f2_col" "enum_1_type" DEFAULT 'V0',
    "f3_col" "Enum0" NOT NULL,
    "r2_model0_0" INTEGER,
    "r2_model0_1" TEXT,
    "r3_model1_0" TEXT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "id" SERIAL NOT NULL,
    "f0_col" TIMESTAMP(0) NOT NULL,
    "f1" TEXT NOT NULL DEFAULT '',
    "f2" TIMETZ(2),
    "f3_col" DECIMAL(10,2),
    "f4_col" "Enum0"[],
    "r4_model0_0" INTEGER NOT NULL,
    "r4_model0_1" TEXT NOT NULL,

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model2_f0_ka_idx" ON "Model2"("f0", "ka");

-- CreateIndex
CREATE INDEX "Model 3 with space_f0_col_f1_idx" ON "Model 3 with space"("f0_col", "f1");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model 0 with space"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model0_0_r1_model0_1_fkey" FOREIGN KEY ("r1_model0_0", "r1_model0_1") REFERENCES "Model 0 with space"("ka", "kb") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_r2_model0_1_fkey" FOREIGN KEY ("r2_model0_0", "r2_model0_1") REFERENCES "Model 0 with space"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r4_model0_0_r4_model0_1_fkey" FOREIGN KEY ("r4_model0_0", "r4_model0_1") REFERENCES "Model 0 with space"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;
