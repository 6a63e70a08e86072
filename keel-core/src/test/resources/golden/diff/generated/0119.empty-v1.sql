-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "modèle_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" BIT(8),
    "f1" REAL NOT NULL DEFAULT 0.25,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" JSON,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);
