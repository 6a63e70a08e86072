-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0 with space" DOUBLE PRECISION,
    "f1" MONEY,
    "f2" UUID,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL,
    "select_f1" MONEY NOT NULL,
    "f2_col" BIT(8)[],
    "select_f3" BIGINT NOT NULL DEFAULT 9007199254740993,
    "r0_model0_0" UUID,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" REAL NOT NULL,
    "f1" "Enum0"[],
    "f2" DECIMAL(65,30) NOT NULL DEFAULT 12.5,
    "r1_model2_0" VARCHAR(30),

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" INTEGER NOT NULL,
    "f0_col" VARBIT(16),
    "f1" SMALLINT,
    "f2" "Enum0" NOT NULL,
    "r2_model0_0" UUID,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" DOUBLE PRECISION NOT NULL,
    "f1" SMALLINT DEFAULT -5,
    "f2_col" DOUBLE PRECISION NOT NULL,
    "f3" BYTEA,

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r0_model0_0_key" ON "Model1"("r0_model0_0");

-- CreateIndex
CREATE INDEX "Model1_select_f1_f0_idx" ON "Model1"("select_f1", "f0");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_f2_key" ON "Model3"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "order_4_f0_col_f2_col_key" ON "order_4"("f0_col", "f2_col");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "order_2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
