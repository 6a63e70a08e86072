-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" CHAR(10) NOT NULL,
    "r0_model0_0" VARCHAR(30),
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" BIGINT,
    "f1" "Enum0"[],
    "r2_model0_0" VARCHAR(30),
    "r3_model1_0" INTEGER,
    "r3_model1_1" TEXT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" TEXT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "id" SERIAL NOT NULL,
    "f0" BYTEA NOT NULL,
    "f1_col" DATE NOT NULL,
    "f2" DECIMAL(10,2),
    "f3" DECIMAL(65,30),
    "f4" JSONB NOT NULL DEFAULT '{}',
    "select_f5" "Enum0" NOT NULL DEFAULT 'V0',

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 0 with space_f0_key" ON "Model 0 with space"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_kb_key" ON "Model1"("kb");

-- CreateIndex
CREATE INDEX "Model 3 with space_select_f5_f0_idx" ON "Model 3 with space"("select_f5", "f0");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r3_model1_0_r3_model1_1_fkey" FOREIGN KEY ("r3_model1_0", "r3_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE CASCADE ON UPDATE NO ACTION;
