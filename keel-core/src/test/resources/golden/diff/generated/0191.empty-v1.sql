-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0');

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" "Enum0" NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" SERIAL NOT NULL,
    "f0" INET NOT NULL,
    "f1" TIMESTAMPTZ(6),
    "f2" REAL DEFAULT 0.25,
    "f3" INTEGER DEFAULT 0,
    "r0_model1_0" INTEGER,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" INTEGER NOT NULL,
    "f0" TIMETZ(2)[],
    "f1" TEXT,
    "f2" INTEGER NOT NULL,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "idx_model0_f0" ON "Model0"("f0" DESC);

-- CreateIndex
CREATE INDEX "modèle_2_f2_idx" ON "modèle_2" USING HASH ("f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_kb_key" ON "Model3"("kb");

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "modèle_1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
