-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" TEXT NOT NULL,
    "r0_model0_0" TEXT,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" BIT(8),
    "f1" "Enum0"[],
    "f2_col" "Enum0" NOT NULL DEFAULT 'V0',
    "f3" REAL NOT NULL,
    "f4_col" TIMETZ(2)[],
    "r1_model1_0" BIGINT,
    "r2_model0_0" TEXT,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" OID,
    "r3_model0_0" TEXT NOT NULL,
    "r4_model0_0" TEXT NOT NULL,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_f2_col_key" ON "modèle_1"("f2_col");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_r4_model0_0_key" ON "modèle_2"("r4_model0_0");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "modèle_1"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
