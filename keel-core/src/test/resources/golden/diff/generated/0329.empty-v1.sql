-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" TEXT NOT NULL,
    "f0_col" INTEGER,
    "f1 with space" "Enum0" NOT NULL,
    "f2" DATE NOT NULL,
    "select_f3" XML NOT NULL,
    "f4_col" DOUBLE PRECISION,
    "f5_col" SMALLINT,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" INTEGER NOT NULL,
    "select_f0" JSONB,
    "f1" BIGINT DEFAULT 9007199254740993,
    "f2" JSON[],
    "f3" VARBIT(16) NOT NULL,
    "f4" UUID[],
    "f5" "Enum0" NOT NULL DEFAULT 'V0',
    "r0_model1_0" INTEGER,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 0 with space_f1 with space_key" ON "Model 0 with space"("f1 with space");

-- CreateIndex
CREATE UNIQUE INDEX "Model 0 with space_f2_f1 with space_key" ON "Model 0 with space"("f2", "f1 with space");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_f3_key" ON "modèle_1"("f3");

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "modèle_1"("id") ON DELETE SET NULL ON UPDATE SET NULL;
