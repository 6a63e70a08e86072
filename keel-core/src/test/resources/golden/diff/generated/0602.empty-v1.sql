-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'value 1', 'value 2', 'V3');

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" "enum_0_type" NOT NULL DEFAULT 'V0',
    "f1" "enum_0_type" NOT NULL DEFAULT 'V0',
    "f2" TEXT NOT NULL DEFAULT 'hello',
    "f3" JSONB DEFAULT '{}',

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "r0_model1_0" INTEGER,
    "r1_model1_0" INTEGER,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" BIGSERIAL NOT NULL,
    "f0" "Enum1" NOT NULL,
    "f1" TEXT,
    "select_f2" CHAR(10) NOT NULL,
    "select_f3" SMALLINT[],

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMP(0) NOT NULL,

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" INTEGER NOT NULL,
    "f0_col" INTEGER NOT NULL DEFAULT 42,
    "f1" VARBIT(16) NOT NULL,
    "f2" TIME(3) NOT NULL,
    "f3" INET,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model2_f0_idx" ON "Model2" USING HASH ("f0");

-- CreateIndex
CREATE INDEX "Model 3 with space_f0_idx" ON "Model 3 with space" USING HASH ("f0");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_f1_f0_col_key" ON "Model4"("f1", "f0_col");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE SET NULL;
