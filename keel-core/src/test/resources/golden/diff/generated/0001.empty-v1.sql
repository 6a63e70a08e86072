-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "order" (
    "id" SERIAL NOT NULL,
    "f0" UUID[],
    "f1" JSON,
    "f2 with space" BIGINT DEFAULT 9007199254740993,
    "f3 with space" UUID,
    "f4" XML[],
    "f5" CHAR(10) NOT NULL,
    "r0_model0_0" INTEGER,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DOUBLE PRECISION,
    "f1" INTEGER NOT NULL DEFAULT 0,
    "r1_model1_0" INTEGER,
    "r1_model1_1" TEXT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" INTEGER NOT NULL,
    "f0" OID NOT NULL,
    "f1" SMALLINT,
    "f2" TIMETZ(2) NOT NULL,
    "f3" TIME(3),
    "r2_model1_0" INTEGER NOT NULL,
    "r2_model1_1" TEXT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" UUID NOT NULL,
    "f1" MONEY NOT NULL,
    "f2" JSON,
    "r3_model3_0" INTEGER,
    "r3_model3_1" TEXT,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" BIGSERIAL NOT NULL,
    "f0" REAL[],
    "f1" MONEY NOT NULL,
    "f2_col" XML[],
    "select_f3" TIMESTAMP(0) NOT NULL,
    "f4" VARCHAR(191) NOT NULL DEFAULT 'it''s',
    "f5" TIMESTAMPTZ(6)[],
    "r4_model3_0" INTEGER,
    "r4_model3_1" TEXT,
    "r5_model1_0" INTEGER,
    "r5_model1_1" TEXT,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_f5_key" ON "order"("f5");

-- CreateIndex
CREATE INDEX "order_f5_idx" ON "order" USING HASH ("f5");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f0_key" ON "Model2"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f0_f2_key" ON "Model2"("f0", "f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_r2_model1_0_r2_model1_1_key" ON "Model2"("r2_model1_0", "r2_model1_1");

-- CreateIndex
CREATE INDEX "idx_model3_f1" ON "model_3"("f1" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model4_select_f3_key" ON "Model4"("select_f3");

-- CreateIndex
CREATE INDEX "Model4_f1_idx" ON "Model4" USING HASH ("f1");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_r4_model3_0_r4_model3_1_key" ON "Model4"("r4_model3_0", "r4_model3_1");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_r1_model1_1_fkey" FOREIGN KEY ("r1_model1_0", "r1_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model1_0_r2_model1_1_fkey" FOREIGN KEY ("r2_model1_0", "r2_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r3_model3_0_r3_model3_1_fkey" FOREIGN KEY ("r3_model3_0", "r3_model3_1") REFERENCES "model_3"("ka", "kb") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r4_model3_0_r4_model3_1_fkey" FOREIGN KEY ("r4_model3_0", "r4_model3_1") REFERENCES "model_3"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r5_model1_0_r5_model1_1_fkey" FOREIGN KEY ("r5_model1_0", "r5_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;
