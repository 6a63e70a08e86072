-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "order" (
    "id" TEXT NOT NULL,
    "f0" REAL,
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "select_f0" TIME(3) NOT NULL,
    "f1" VARBIT(16) NOT NULL,
    "f2" TIMESTAMP(0),
    "f3" DECIMAL(65,30) NOT NULL,
    "select_f4" "Enum0" NOT NULL DEFAULT 'V0',

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" TEXT NOT NULL,
    "select_f0" TIMESTAMP(0),
    "f1 with space" TIMESTAMP(0) NOT NULL,
    "f2_col" VARBIT(16)[],
    "f3 with space" "Enum0" NOT NULL DEFAULT 'V0',
    "f4" SMALLINT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" BIGSERIAL NOT NULL,
    "f0 with space" DECIMAL(65,30)[],
    "f1" MONEY,
    "f2" "Enum0" NOT NULL DEFAULT 'V0',
    "f3 with space" TIMESTAMP(0),
    "r2_model2_0" TEXT,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" OID,
    "f1" "Enum0" NOT NULL,
    "f2" INET[],
    "select_f3" UUID NOT NULL,
    "f4" "Enum0",

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f3_key" ON "Model1"("f3");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f4_key" ON "Model2"("f4");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_f2_key" ON "Model3"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model 4 with space_f1_key" ON "Model 4 with space"("f1");

-- CreateIndex
CREATE INDEX "idx_model4_kb" ON "Model 4 with space"("kb" DESC);

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "Model2"("id") ON DELETE RESTRICT ON UPDATE SET NULL;
