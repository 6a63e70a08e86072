-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" "Enum0"[],
    "f1" "Enum0" NOT NULL DEFAULT 'V0',
    "f2" OID,
    "f3" REAL NOT NULL DEFAULT 0.25,
    "f4" BIGINT,
    "f5" "Enum0" NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" DECIMAL(65,30) NOT NULL,
    "f1" "Enum0"[],
    "select_f2" BYTEA[],
    "f3" INTEGER[],
    "f4" JSONB,
    "f5" VARCHAR(191) NOT NULL DEFAULT 'it''s',
    "r0_model1_0" UUID,
    "r1_model1_0" UUID,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" BIGSERIAL NOT NULL,
    "f0" TEXT[],
    "f1" "Enum0" NOT NULL,
    "f2" CHAR(10)[],
    "select_f3" BYTEA NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" TEXT NOT NULL,
    "f0" "Enum0" NOT NULL,
    "f1" MONEY NOT NULL,
    "f2" XML NOT NULL,
    "f3" "Enum0" NOT NULL,
    "r2_model0_0" BIGINT NOT NULL,
    "r3_model2_0" BIGINT,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" BIGSERIAL NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL,
    "f1" "Enum0" NOT NULL DEFAULT 'V0',
    "f2" CHAR(10),
    "select_f3" VARBIT(16),
    "f4 with space" "Enum0" NOT NULL,
    "r4_model0_0" BIGINT NOT NULL,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f1_key" ON "Model2"("f1");

-- CreateIndex
CREATE INDEX "Model3_f3_f1_idx" ON "Model3"("f3", "f1");

-- CreateIndex
CREATE INDEX "Model 4 with space_ka_idx" ON "Model 4 with space" USING HASH ("ka");

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "modèle_1"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "modèle_1"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
