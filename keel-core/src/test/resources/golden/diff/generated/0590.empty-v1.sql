-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" BIT(8)[],
    "f1" BYTEA NOT NULL,
    "f2 with space" "Enum0"[],
    "f3_col" JSON,
    "f4 with space" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" SERIAL NOT NULL,
    "select_f0" BYTEA,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" BIGSERIAL NOT NULL,
    "f0" BOOLEAN NOT NULL DEFAULT false,
    "f1" DECIMAL(10,2),
    "f2" XML,
    "f3" REAL,
    "f4" OID NOT NULL,
    "f5 with space" XML,
    "r0_model2_0" BIGINT,
    "r1_model2_0" BIGINT,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 2 with space_f4_key" ON "Model 2 with space"("f4");

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r0_model2_0_fkey" FOREIGN KEY ("r0_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
