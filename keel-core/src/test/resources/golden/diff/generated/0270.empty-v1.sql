-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('V0', 'V1', 'value 2', 'V3');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" SERIAL NOT NULL,
    "select_f0" "enum_1_type"[],
    "f1" BOOLEAN NOT NULL,
    "f2" BIT(8)[],
    "f3 with space" JSON NOT NULL,
    "r0_model0_0" INTEGER,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" VARCHAR(191) NOT NULL,
    "f1" TIMESTAMP(0),
    "f2" BIT(8) NOT NULL,
    "f3" BOOLEAN NOT NULL DEFAULT false,
    "select_f4" JSONB,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" SERIAL NOT NULL,
    "f0_col" UUID NOT NULL,
    "f1_col" DOUBLE PRECISION NOT NULL,
    "f2 with space" MONEY,
    "f3" BIGINT[],
    "r1_model0_0" INTEGER,
    "r2_model0_0" INTEGER NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" INTEGER NOT NULL,
    "f0_col" CHAR(10)[],
    "f1" TIMESTAMP(3)[],
    "f2_col" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "f3" MONEY NOT NULL,
    "select_f4" "Enum0"[],

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TIMESTAMP(3) NOT NULL,
    "f1_col" "Enum0" NOT NULL DEFAULT 'V0',
    "f2" MONEY NOT NULL,
    "r3_model1_0" INTEGER NOT NULL,
    "r3_model1_1" TEXT NOT NULL,

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" MONEY NOT NULL,
    "f1 with space" TIMESTAMP(0) NOT NULL,
    "f2" BYTEA,
    "f3" TIME(3),
    "f4_col" TIMETZ(2),
    "r4_model3_0" INTEGER NOT NULL,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 0 with space_f1_key" ON "Model 0 with space"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_f3_key" ON "Model 1 with space"("f3");

-- CreateIndex
CREATE INDEX "Model 1 with space_f0_idx" ON "Model 1 with space" USING HASH ("f0");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_r1_model0_0_key" ON "Model2"("r1_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_r2_model0_0_key" ON "Model2"("r2_model0_0");

-- CreateIndex
CREATE INDEX "Model2_f1_col_idx" ON "Model2" USING HASH ("f1_col");

-- CreateIndex
CREATE UNIQUE INDEX "order_3_f3_key" ON "order_3"("f3");

-- CreateIndex
CREATE INDEX "Model5_f1 with space_f0_idx" ON "Model5"("f1 with space", "f0");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r3_model1_0_r3_model1_1_fkey" FOREIGN KEY ("r3_model1_0", "r3_model1_1") REFERENCES "Model 1 with space"("ka", "kb") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r4_model3_0_fkey" FOREIGN KEY ("r4_model3_0") REFERENCES "order_3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
