-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('value 0', 'value 1', 'value 2');

-- CreateTable
CREATE TABLE "order" (
    "id" TEXT NOT NULL,
    "f0" "enum_0_type" NOT NULL,
    "f1" TIME(3)[],
    "select_f2" JSONB NOT NULL DEFAULT '{}',
    "f3" DOUBLE PRECISION DEFAULT 1.5,
    "f4" INTEGER DEFAULT 0,
    "select_f5" INTEGER NOT NULL,
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_select_f5_key" ON "order"("select_f5");

-- CreateIndex
CREATE INDEX "order_f0_idx" ON "order" USING HASH ("f0");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE CASCADE;
