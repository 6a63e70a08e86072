-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('value 0');

-- CreateTable
CREATE TABLE "Model0" (
    "id" TEXT NOT NULL,
    "f0" "enum_0_type" NOT NULL,
    "select_f1" MONEY,
    "f2" TIMESTAMP(3)[],
    "f3" "enum_0_type" DEFAULT 'value 0',
    "f4" BIGINT NOT NULL,
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "f0" TIMESTAMPTZ(6),
    "r2_model1_0" BIGINT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DOUBLE PRECISION,
    "f1" "enum_0_type" NOT NULL,
    "select_f2" CHAR(10)[],
    "select_f3" DECIMAL(65,30),
    "f4" VARCHAR(191) DEFAULT 'it''s',
    "r3_model1_0" BIGINT,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" JSON,
    "f1" INTEGER NOT NULL DEFAULT 0,
    "f2_col" REAL,
    "f3" XML NOT NULL,
    "select_f4" INET[],
    "r4_model0_0" TEXT NOT NULL,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r5_model0_0" TEXT,
    "r6_model4_0" INTEGER,
    "r6_model4_1" TEXT,

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" SERIAL NOT NULL,
    "f0" BOOLEAN[],
    "f1" MONEY,
    "f2" UUID,
    "f3" BYTEA NOT NULL,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 2 with space_f1_key" ON "Model 2 with space"("f1");

-- CreateIndex
CREATE INDEX "Model 2 with space_f1_idx" ON "Model 2 with space"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "Model5_f3_key" ON "Model5"("f3");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r6_model4_0_r6_model4_1_fkey" FOREIGN KEY ("r6_model4_0", "r6_model4_1") REFERENCES "model_4"("ka", "kb") ON DELETE CASCADE ON UPDATE NO ACTION;
