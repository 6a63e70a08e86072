-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1');

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" DOUBLE PRECISION[],
    "select_f1" INTEGER NOT NULL,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" VARCHAR(30) NOT NULL,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" SERIAL NOT NULL,
    "r1_model0_0" INTEGER,
    "r1_model0_1" TEXT,
    "r2_model0_0" INTEGER,
    "r2_model0_1" TEXT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" SERIAL NOT NULL,
    "f0" VARCHAR(191),
    "select_f1" XML,
    "f2" OID,
    "f3" VARBIT(16),

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" INTEGER NOT NULL,
    "f0_col" REAL,
    "f1 with space" REAL NOT NULL,
    "f2_col" OID[],
    "f3_col" TIMESTAMPTZ(6) NOT NULL,
    "f4" BOOLEAN,
    "r3_model3_0" INTEGER,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model0_select_f1_ka_idx" ON "Model0"("select_f1", "ka");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_f3_col_key" ON "Model4"("f3_col");

-- CreateIndex
CREATE INDEX "Model4_f1 with space_f3_col_idx" ON "Model4"("f1 with space", "f3_col");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model0_0_r1_model0_1_fkey" FOREIGN KEY ("r1_model0_0", "r1_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_r2_model0_1_fkey" FOREIGN KEY ("r2_model0_0", "r2_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r3_model3_0_fkey" FOREIGN KEY ("r3_model3_0") REFERENCES "Model3"("id") ON DELETE SET NULL ON UPDATE CASCADE;
