-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" INTEGER,
    "r0_model0_0" VARCHAR(30),
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" INTEGER NOT NULL,
    "f0" UUID NOT NULL,
    "f1 with space" OID,
    "r2_model1_0" INTEGER,
    "r3_model0_0" VARCHAR(30),

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" INTEGER NOT NULL,
    "f0_col" BIGINT NOT NULL,
    "f1" DOUBLE PRECISION NOT NULL,
    "f2" TIMESTAMP(0)[],

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" TEXT NOT NULL,
    "f0_col" JSONB[],
    "f1" DECIMAL(10,2) NOT NULL,
    "f2" INET NOT NULL,
    "f3 with space" BIGINT NOT NULL,
    "f4_col" TEXT,
    "f5" "Enum0" NOT NULL DEFAULT 'value 0',

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" TEXT NOT NULL,
    "f0" BYTEA,
    "f1" REAL,
    "f2" INTEGER NOT NULL DEFAULT 0,
    "r4_model0_0" VARCHAR(30),

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r3_model0_0_key" ON "Model1"("r3_model0_0");

-- CreateIndex
CREATE INDEX "Model1_f0_idx" ON "Model1"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f0_col_key" ON "Model2"("f0_col");

-- CreateIndex
CREATE INDEX "Model3_f1_f3 with space_idx" ON "Model3"("f1", "f3 with space");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
