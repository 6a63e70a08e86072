-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TIME(3),
    "select_f1" "Enum0" DEFAULT 'V0',
    "f2" TEXT NOT NULL DEFAULT 'hello',
    "f3" INTEGER NOT NULL DEFAULT 42,
    "select_f4" DATE,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" "Enum0" NOT NULL DEFAULT 'V0',
    "f1_col" TIME(3) NOT NULL,
    "f2" MONEY[],
    "f3" UUID NOT NULL,
    "f4" DATE,
    "select_f5" "Enum0" NOT NULL,
    "r1_model1_0" INTEGER,
    "r1_model1_1" TEXT,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" REAL,
    "f1_col" BYTEA,
    "f2_col" "Enum1" DEFAULT 'V0',
    "f3" TIMETZ(2)[],

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" "Enum1"[],
    "f1" INET,
    "f2" XML,
    "f3" DOUBLE PRECISION,
    "r2_model3_0" UUID,
    "r3_model3_0" UUID,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f3_kb_key" ON "Model0"("f3", "kb");

-- CreateIndex
CREATE INDEX "modèle_1_select_f5_idx" ON "modèle_1" USING HASH ("select_f5");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r1_model1_0_r1_model1_1_fkey" FOREIGN KEY ("r1_model1_0", "r1_model1_1") REFERENCES "modèle_1"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model3_0_fkey" FOREIGN KEY ("r2_model3_0") REFERENCES "Model3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r3_model3_0_fkey" FOREIGN KEY ("r3_model3_0") REFERENCES "Model3"("id") ON DELETE SET NULL ON UPDATE CASCADE;
