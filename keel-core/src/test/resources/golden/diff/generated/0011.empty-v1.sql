-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "order" (
    "id" TEXT NOT NULL,
    "f0" JSONB NOT NULL,
    "f1" DECIMAL(65,30)[],
    "f2" BYTEA,
    "f3" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" BYTEA,
    "f1" TIMETZ(2) NOT NULL,
    "f2" VARBIT(16)[],
    "f3 with space" CHAR(10),

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" SERIAL NOT NULL,
    "f0" REAL NOT NULL,
    "f1" TIMESTAMP(3)[],
    "r0_model0_0" TEXT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_f3_key" ON "order"("f3");

-- CreateIndex
CREATE INDEX "order_f3_idx" ON "order" USING HASH ("f3");

-- CreateIndex
CREATE UNIQUE INDEX "order_1_f1_key" ON "order_1"("f1");

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
