-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" "enum_0_type"[],
    "f1_col" TIMESTAMP(0)[],
    "f2" CHAR(10) NOT NULL,
    "f3_col" CHAR(10) NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMP(3),
    "select_f1" TEXT NOT NULL DEFAULT '',
    "f2" BIGINT[],
    "f3_col" JSON[],
    "f4 with space" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" JSONB[],
    "f1 with space" DECIMAL(10,2)[],
    "f2 with space" DOUBLE PRECISION NOT NULL,
    "f3" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f4" "enum_0_type" NOT NULL DEFAULT 'V0',
    "f5" DOUBLE PRECISION,
    "r0_model0_0" BIGINT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M1" (
    "A" BIGINT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Model0_f2_idx" ON "Model0"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_select_f1_key" ON "Model1"("select_f1");

-- CreateIndex
CREATE INDEX "Model1_select_f1_idx" ON "Model1"("select_f1");

-- CreateIndex
CREATE INDEX "Model2_f4_idx" ON "Model2"("f4");

-- CreateIndex
CREATE INDEX "_M1_B_index" ON "_M1"("B");

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M1" ADD CONSTRAINT "_M1_A_fkey" FOREIGN KEY ("A") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M1" ADD CONSTRAINT "_M1_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
