-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1', 'V2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" REAL NOT NULL,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" SMALLINT NOT NULL,
    "select_f1" UUID[],
    "f2" DOUBLE PRECISION,
    "f3" TEXT,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" XML NOT NULL,
    "f1" BOOLEAN,
    "f2" CHAR(10) NOT NULL,
    "f3" BIT(8) NOT NULL,
    "f4" DOUBLE PRECISION,
    "f5" "enum_0_type" NOT NULL,
    "r1_model1_0" INTEGER,
    "r1_model1_1" TEXT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" INTEGER NOT NULL,
    "f0" TEXT[],
    "r2_model3_0" INTEGER,
    "r3_model0_0" INTEGER NOT NULL,
    "r3_model0_1" TEXT NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_4" (
    "id" INTEGER NOT NULL,
    "f0" INET,
    "f1" TIMESTAMP(3)[],
    "f2" BIT(8),
    "r4_model1_0" INTEGER,
    "r4_model1_1" TEXT,

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_5" (
    "id" TEXT NOT NULL,
    "f0" VARCHAR(191) NOT NULL,
    "f1_col" VARCHAR(191) NOT NULL,
    "r5_model4_0" INTEGER,
    "r6_model1_0" INTEGER NOT NULL,
    "r6_model1_1" TEXT NOT NULL,

    CONSTRAINT "order_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model0_kb" ON "Model 0 with space"("kb" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_f0_key" ON "modèle_1"("f0");

-- CreateIndex
CREATE INDEX "modèle_1_kb_ka_idx" ON "modèle_1"("kb", "ka");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f5_key" ON "Model2"("f5");

-- CreateIndex
CREATE UNIQUE INDEX "order_5_r5_model4_0_key" ON "order_5"("r5_model4_0");

-- CreateIndex
CREATE UNIQUE INDEX "order_5_r6_model1_0_r6_model1_1_key" ON "order_5"("r6_model1_0", "r6_model1_1");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model 0 with space"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model1_0_r1_model1_1_fkey" FOREIGN KEY ("r1_model1_0", "r1_model1_1") REFERENCES "modèle_1"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model3_0_fkey" FOREIGN KEY ("r2_model3_0") REFERENCES "Model3"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r3_model0_0_r3_model0_1_fkey" FOREIGN KEY ("r3_model0_0", "r3_model0_1") REFERENCES "Model 0 with space"("ka", "kb") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r4_model1_0_r4_model1_1_fkey" FOREIGN KEY ("r4_model1_0", "r4_model1_1") REFERENCES "modèle_1"("ka", "kb") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_5" ADD CONSTRAINT "order_5_r5_model4_0_fkey" FOREIGN KEY ("r5_model4_0") REFERENCES "model_4"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_5" ADD CONSTRAINT "order_5_r6_model1_0_r6_model1_1_fkey" FOREIGN KEY ("r6_model1_0", "r6_model1_1") REFERENCES "modèle_1"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;
