-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" VARBIT(16),
    "f1 with space" TIME(3) NOT NULL,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" INTEGER NOT NULL,
    "f1" XML,
    "f2 with space" MONEY[],
    "select_f3" JSONB,
    "f4 with space" DATE[],
    "f5" TIMESTAMP(3) NOT NULL,
    "r1_model1_0" BIGINT,
    "r2_model0_0" INTEGER NOT NULL,
    "r2_model0_1" TEXT NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMESTAMP(0) NOT NULL,
    "f1" UUID,
    "r3_model0_0" INTEGER,
    "r3_model0_1" TEXT,
    "r4_model1_0" BIGINT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" INTEGER NOT NULL,
    "f0" BYTEA NOT NULL,
    "f1" TIME(3) NOT NULL,
    "f2" DECIMAL(65,30) DEFAULT 12.5,
    "f3" INET,
    "r5_model2_0" VARCHAR(30),
    "r6_model0_0" INTEGER NOT NULL,
    "r6_model0_1" TEXT NOT NULL,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" CHAR(10),
    "f1" VARCHAR(191) NOT NULL DEFAULT 'it''s',
    "f2" DOUBLE PRECISION,
    "f3" OID NOT NULL,
    "select_f4" INTEGER NOT NULL,
    "select_f5" CHAR(10),

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model0_f1 with space_ka_idx" ON "Model0"("f1 with space", "ka");

-- CreateIndex
CREATE INDEX "idx_model1_f0" ON "Model1"("select_f0" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r2_model0_0_r2_model0_1_key" ON "Model1"("r2_model0_0", "r2_model0_1");

-- CreateIndex
CREATE UNIQUE INDEX "order_3_r5_model2_0_key" ON "order_3"("r5_model2_0");

-- CreateIndex
CREATE UNIQUE INDEX "order_3_r6_model0_0_r6_model0_1_key" ON "order_3"("r6_model0_0", "r6_model0_1");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_f3_key" ON "Model4"("f3");

-- CreateIndex
CREATE INDEX "idx_model4_f1" ON "Model4"("f1" DESC);

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_r2_model0_1_fkey" FOREIGN KEY ("r2_model0_0", "r2_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model0_0_r3_model0_1_fkey" FOREIGN KEY ("r3_model0_0", "r3_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r5_model2_0_fkey" FOREIGN KEY ("r5_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r6_model0_0_r6_model0_1_fkey" FOREIGN KEY ("r6_model0_0", "r6_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE CASCADE ON UPDATE RESTRICT;
