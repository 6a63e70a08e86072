-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" "Enum0",
    "f1" TIMESTAMP(0) NOT NULL,
    "f2" "Enum0" NOT NULL DEFAULT 'V0',
    "f3" "Enum0" DEFAULT 'V0',
    "f4" TEXT NOT NULL DEFAULT '',
    "r0_model0_0" UUID,
    "r1_model0_0" UUID,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DATE NOT NULL,
    "f1" MONEY NOT NULL,
    "f2" DOUBLE PRECISION,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" BIGSERIAL NOT NULL,
    "f0" VARBIT(16)[],
    "f1_col" SMALLINT,
    "f2" SMALLINT,
    "f3" BIGINT NOT NULL DEFAULT 9007199254740993,
    "f4" "Enum0",
    "f5" DOUBLE PRECISION NOT NULL,
    "r2_model0_0" UUID NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" SERIAL NOT NULL,
    "f0" DECIMAL(65,30)[],
    "f1 with space" INET NOT NULL,
    "f2" "Enum0"[],
    "f3" INET NOT NULL,
    "f4" "Enum0"[],

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" TEXT NOT NULL,
    "f0" BIT(8)[],
    "f1" INTEGER DEFAULT 0,
    "f2" TEXT NOT NULL DEFAULT 'hello',

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_f1_key" ON "Model 1 with space"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_r2_model0_0_key" ON "Model2"("r2_model0_0");

-- CreateIndex
CREATE INDEX "Model2_f3_f5_idx" ON "Model2"("f3", "f5");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_f3_key" ON "Model3"("f3");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
