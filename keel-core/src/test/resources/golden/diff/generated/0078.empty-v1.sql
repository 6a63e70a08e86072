-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" "Enum0" NOT NULL DEFAULT 'V0',
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,
    "r1_model0_0" INTEGER,
    "r1_model0_1" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" DOUBLE PRECISION NOT NULL,
    "select_f1" XML NOT NULL,
    "f2" XML[],
    "f3" SMALLINT NOT NULL,
    "f4" BIGINT NOT NULL,
    "r2_model1_0" INTEGER,
    "r2_model1_1" TEXT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" VARCHAR(30) NOT NULL,
    "r3_model1_0" INTEGER,
    "r3_model1_1" TEXT,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" INTEGER,
    "f1" DECIMAL(65,30),
    "f2" DATE,
    "r4_model1_0" INTEGER NOT NULL,
    "r4_model1_1" TEXT NOT NULL,

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_4" (
    "id" TEXT NOT NULL,
    "f0" DOUBLE PRECISION,
    "f1" TEXT[],
    "f2" TEXT NOT NULL,
    "select_f3" OID[],
    "f4" INTEGER NOT NULL,
    "r5_model1_0" INTEGER NOT NULL,
    "r5_model1_1" TEXT NOT NULL,
    "r6_model1_0" INTEGER NOT NULL,
    "r6_model1_1" TEXT NOT NULL,

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_5" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DECIMAL(65,30),

    CONSTRAINT "modèle_5_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_ka_key" ON "Model1"("ka");

-- CreateIndex
CREATE INDEX "Model1_f4_f3_idx" ON "Model1"("f4", "f3");

-- CreateIndex
CREATE UNIQUE INDEX "Model 3 with space_r4_model1_0_r4_model1_1_key" ON "Model 3 with space"("r4_model1_0", "r4_model1_1");

-- CreateIndex
CREATE INDEX "model_4_f4_idx" ON "model_4" USING HASH ("f4");

-- CreateIndex
CREATE UNIQUE INDEX "model_4_r5_model1_0_r5_model1_1_key" ON "model_4"("r5_model1_0", "r5_model1_1");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_r1_model0_1_fkey" FOREIGN KEY ("r1_model0_0", "r1_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_r2_model1_1_fkey" FOREIGN KEY ("r2_model1_0", "r2_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r3_model1_0_r3_model1_1_fkey" FOREIGN KEY ("r3_model1_0", "r3_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r4_model1_0_r4_model1_1_fkey" FOREIGN KEY ("r4_model1_0", "r4_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r5_model1_0_r5_model1_1_fkey" FOREIGN KEY ("r5_model1_0", "r5_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r6_model1_0_r6_model1_1_fkey" FOREIGN KEY ("r6_model1_0", "r6_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;
