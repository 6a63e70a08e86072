-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" BIGSERIAL NOT NULL,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMESTAMPTZ(6),
    "f1_col" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "f2" VARBIT(16) NOT NULL,
    "f3_col" UUID[],
    "r0_model0_0" BIGINT,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIME(3) NOT NULL,
    "f1" TIMETZ(2)[],
    "f2" JSONB,
    "f3" TEXT DEFAULT '',
    "f4" "Enum0"[],

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" TEXT NOT NULL,
    "f0" "Enum0" NOT NULL,
    "f1" UUID,
    "r1_model3_0" TEXT,
    "r2_model2_0" VARCHAR(30),

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_1_f2_key" ON "order_1"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_f0_key" ON "modèle_2"("f0");

-- CreateIndex
CREATE INDEX "modèle_2_f0_idx" ON "modèle_2"("f0");

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r1_model3_0_fkey" FOREIGN KEY ("r1_model3_0") REFERENCES "Model3"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "modèle_2"("id") ON DELETE SET NULL ON UPDATE SET NULL;
