-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "model_0" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" "Enum1" NOT NULL DEFAULT 'V0',
    "f1" BIGINT,
    "f2_col" TIME(3) NOT NULL,
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" TEXT NOT NULL,
    "f0" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "select_f1" "Enum0" NOT NULL,
    "f2_col" DECIMAL(65,30) DEFAULT 12.5,
    "f3 with space" DATE NOT NULL,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DATE NOT NULL,
    "f1" "Enum0" DEFAULT 'V0',
    "f2" MONEY NOT NULL,
    "f3" "Enum1" NOT NULL DEFAULT 'V0',
    "r1_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" TEXT NOT NULL,
    "f0" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "f1" JSONB NOT NULL,
    "f2" VARBIT(16) NOT NULL,
    "r2_model3_0" TEXT,
    "r3_model1_0" TEXT,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_1_f3 with space_select_f1_idx" ON "model_1"("f3 with space", "select_f1");

-- CreateIndex
CREATE UNIQUE INDEX "model_2_f3_key" ON "model_2"("f3");

-- CreateIndex
CREATE INDEX "idx_model2_f2" ON "model_2"("f2" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "model_3_r3_model1_0_key" ON "model_3"("r3_model1_0");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r2_model3_0_fkey" FOREIGN KEY ("r2_model3_0") REFERENCES "model_3"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "model_1"("id") ON DELETE NO ACTION ON UPDATE SET NULL;
