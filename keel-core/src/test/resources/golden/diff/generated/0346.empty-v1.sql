-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "model_0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DECIMAL(10,2)[],
    "select_f1" BIGINT NOT NULL,
    "f2" XML,
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" "Enum1" NOT NULL,
    "f1_col" SMALLINT,
    "f2" "Enum0",
    "r1_model1_0" UUID,
    "r2_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" INTEGER NOT NULL,
    "f0_col" UUID NOT NULL,
    "f1" "Enum1" DEFAULT 'V0',
    "f2" TIME(3),
    "f3_col" INTEGER[],
    "f4" TIMETZ(2)[],
    "f5" SMALLINT[],
    "r3_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" TEXT NOT NULL,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r4_model4_0" INTEGER,
    "r4_model4_1" TEXT,
    "r5_model2_0" INTEGER NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_0_select_f1_key" ON "model_0"("select_f1");

-- CreateIndex
CREATE INDEX "model_0_select_f1_idx" ON "model_0"("select_f1");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r2_model0_0_key" ON "Model1"("r2_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_kb_key" ON "Model4"("kb");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r4_model4_0_r4_model4_1_fkey" FOREIGN KEY ("r4_model4_0", "r4_model4_1") REFERENCES "Model4"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r5_model2_0_fkey" FOREIGN KEY ("r5_model2_0") REFERENCES "Model2"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
