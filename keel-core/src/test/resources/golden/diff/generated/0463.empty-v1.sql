-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "select_f0" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f1" VARBIT(16) NOT NULL,
    "f2" "Enum0" DEFAULT 'V0',
    "f3" TIMETZ(2),
    "f4" TIMESTAMPTZ(6) NOT NULL,
    "f5" DECIMAL(65,30),

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "f0" TIMESTAMP(3)[],
    "f1" DECIMAL(65,30),
    "f2" VARBIT(16),
    "f3 with space" TIMESTAMP(3) NOT NULL,
    "f4" VARCHAR(191),
    "f5" TIME(3) NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" SERIAL NOT NULL,
    "f0" VARBIT(16) NOT NULL,
    "select_f1" INET,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,
    "r1_model2_0" INTEGER,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 0 with space_kb_ka_key" ON "Model 0 with space"("kb", "ka");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f5_f3 with space_key" ON "Model1"("f5", "f3 with space");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_f0_key" ON "modèle_2"("f0");

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model 0 with space"("ka", "kb") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "modèle_2"("id") ON DELETE RESTRICT ON UPDATE SET NULL;
