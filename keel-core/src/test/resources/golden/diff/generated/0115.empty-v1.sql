-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "f0" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "f0" INTEGER,
    "f1" XML NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" TEXT,
    "f1" BOOLEAN[],
    "f2" BYTEA[],
    "f3" VARBIT(16)[],
    "f4 with space" BYTEA NOT NULL,
    "select_f5" "enum_0_type" NOT NULL DEFAULT 'V0',
    "r0_model0_0" INTEGER NOT NULL,
    "r1_model1_0" BIGINT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" XML NOT NULL,
    "f1 with space" TIMESTAMP(3),

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f0_key" ON "Model0"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_r1_model1_0_key" ON "Model2"("r1_model1_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_select_f5_f4 with space_key" ON "Model2"("select_f5", "f4 with space");

-- CreateIndex
CREATE INDEX "order_3_ka_idx" ON "order_3" USING HASH ("ka");

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE SET NULL;
