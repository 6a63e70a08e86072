-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" DECIMAL(65,30),

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" TEXT NOT NULL,
    "f0" "Enum0",
    "select_f1" "Enum0" NOT NULL,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" "Enum0"[],
    "f1" TIMESTAMPTZ(6),
    "select_f2" "Enum0" NOT NULL DEFAULT 'V0',
    "f3_col" "Enum0" NOT NULL DEFAULT 'V0',
    "f4" BYTEA NOT NULL,
    "r0_model1_0" TEXT,
    "r1_model0_0" BIGINT,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" INTEGER NOT NULL,
    "f1" BOOLEAN NOT NULL DEFAULT false,
    "f2 with space" BYTEA,
    "f3" TIMETZ(2),

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL,
    "f1" BYTEA NOT NULL,
    "f2" TIME(3),
    "f3" INET,
    "f4_col" OID,
    "f5" UUID NOT NULL,
    "r2_model1_0" TEXT NOT NULL,
    "r3_model1_0" TEXT,

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model 5 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0_col" TIMESTAMP(0)[],
    "r4_model3_0" INTEGER NOT NULL,
    "r4_model3_1" TEXT NOT NULL,
    "r5_model0_0" BIGINT,

    CONSTRAINT "Model 5 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_2_f4_key" ON "order_2"("f4");

-- CreateIndex
CREATE INDEX "idx_model2_f4" ON "order_2"("f4" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "order_3_f0_key" ON "order_3"("f0");

-- CreateIndex
CREATE INDEX "idx_model3_kb" ON "order_3"("kb" DESC);

-- CreateIndex
CREATE INDEX "Model 4 with space_f1_idx" ON "Model 4 with space" USING HASH ("f1");

-- CreateIndex
CREATE INDEX "Model 5 with space_kb_idx" ON "Model 5 with space" USING HASH ("kb");

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "order_1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "order_1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "order_1"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 5 with space" ADD CONSTRAINT "Model 5 with space_r4_model3_0_r4_model3_1_fkey" FOREIGN KEY ("r4_model3_0", "r4_model3_1") REFERENCES "order_3"("ka", "kb") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 5 with space" ADD CONSTRAINT "Model 5 with space_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
