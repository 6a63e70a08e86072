-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "order" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" JSON,
    "select_f1" TEXT NOT NULL DEFAULT '',
    "f2" SMALLINT[],
    "select_f3" "Enum0" NOT NULL,
    "f4" TIMESTAMP(0),
    "f5 with space" DOUBLE PRECISION,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" "Enum0" NOT NULL,
    "r0_model0_0" UUID,
    "r1_model1_0" VARCHAR(30),

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL,
    "f1" OID NOT NULL,
    "f2" REAL,
    "r2_model1_0" VARCHAR(30) NOT NULL,
    "r3_model1_0" VARCHAR(30),

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_2_f0_key" ON "model_2"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "model_2_r1_model1_0_key" ON "model_2"("r1_model1_0");

-- CreateIndex
CREATE UNIQUE INDEX "model_2_kb_key" ON "model_2"("kb");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_r3_model1_0_key" ON "Model3"("r3_model1_0");

-- CreateIndex
CREATE INDEX "idx_model3_ka" ON "Model3"("ka" DESC);

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
