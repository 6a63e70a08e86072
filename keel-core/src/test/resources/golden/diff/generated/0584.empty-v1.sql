-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" SERIAL NOT NULL,
    "f0" JSONB DEFAULT '{}',
    "f1" DATE,
    "select_f2" BOOLEAN NOT NULL,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);
