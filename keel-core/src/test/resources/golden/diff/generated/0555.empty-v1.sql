-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" TEXT NOT NULL,
    "f0" XML NOT NULL,
    "f1" DOUBLE PRECISION,
    "f2" INTEGER NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" TEXT NOT NULL,
    "f0 with space" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" REAL NOT NULL,
    "f1" DOUBLE PRECISION,
    "select_f2" CHAR(10)[],
    "f3" BIGINT NOT NULL,
    "r0_model2_0" VARCHAR(30),
    "r1_model0_0" TEXT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" TEXT NOT NULL,
    "select_f0" VARCHAR(191) DEFAULT 'it''s',
    "f1_col" TIMESTAMPTZ(6) NOT NULL,
    "f2" TEXT[],
    "r2_model1_0" TEXT,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" VARCHAR(30) NOT NULL,
    "f0" VARBIT(16)[],
    "f1" XML,
    "r3_model1_0" TEXT,
    "r4_model0_0" TEXT,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" INTEGER NOT NULL,
    "f0" MONEY,
    "f1 with space" VARBIT(16),
    "r5_model1_0" TEXT NOT NULL,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_f0 with space_key" ON "Model 1 with space"("f0 with space");

-- CreateIndex
CREATE INDEX "Model 1 with space_f0 with space_idx" ON "Model 1 with space" USING HASH ("f0 with space");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_r1_model0_0_key" ON "Model2"("r1_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f3_key" ON "Model2"("f3");

-- CreateIndex
CREATE UNIQUE INDEX "Model5_r5_model1_0_key" ON "Model5"("r5_model1_0");

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r0_model2_0_fkey" FOREIGN KEY ("r0_model2_0") REFERENCES "Model2"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r5_model1_0_fkey" FOREIGN KEY ("r5_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
