-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DECIMAL(10,2) NOT NULL,
    "f1" DOUBLE PRECISION,
    "f2_col" DATE NOT NULL,
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" CHAR(10) NOT NULL,
    "f1" DOUBLE PRECISION,
    "f2" TIMESTAMP(0),
    "r1_model1_0" BIGINT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" SERIAL NOT NULL,
    "f0" TIME(3) NOT NULL,
    "select_f1" "Enum1" NOT NULL DEFAULT 'V0',
    "f2_col" "Enum0"[],
    "select_f3" "Enum0" NOT NULL DEFAULT 'V0',
    "select_f4" BOOLEAN NOT NULL DEFAULT false,
    "f5 with space" DATE NOT NULL,
    "r2_model2_0" INTEGER,
    "r3_model1_0" BIGINT NOT NULL,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M4" (
    "A" VARCHAR(30) NOT NULL,
    "B" BIGINT NOT NULL,

    CONSTRAINT "_M4_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Model0_f2_col_f0_idx" ON "Model0"("f2_col", "f0");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_f0_key" ON "modèle_2"("f0");

-- CreateIndex
CREATE INDEX "_M4_B_index" ON "_M4"("B");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "modèle_2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M4" ADD CONSTRAINT "_M4_A_fkey" FOREIGN KEY ("A") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M4" ADD CONSTRAINT "_M4_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
