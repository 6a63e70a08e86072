-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "order" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" REAL NOT NULL,
    "f1 with space" DECIMAL(10,2) NOT NULL,
    "f2 with space" INET[],
    "f3" VARCHAR(191)[],
    "f4" JSON NOT NULL,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,
    "r1_model0_0" INTEGER,
    "r1_model0_1" TEXT,

    CONSTRAINT "order_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" BYTEA NOT NULL,
    "f1 with space" TEXT,
    "select_f2" TIME(3),
    "r2_model1_0" INTEGER,
    "r2_model1_1" TEXT,
    "r3_model1_0" INTEGER,
    "r3_model1_1" TEXT,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" TEXT NOT NULL,
    "f0" BYTEA NOT NULL,
    "select_f1" MONEY NOT NULL,
    "f2" TEXT[],
    "f3" BOOLEAN[],
    "f4" TIME(3) NOT NULL,
    "r4_model1_0" INTEGER,
    "r4_model1_1" TEXT,
    "r5_model0_0" INTEGER NOT NULL,
    "r5_model0_1" TEXT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" SERIAL NOT NULL,
    "f0" BIT(8),
    "f1" JSONB,
    "f2" DOUBLE PRECISION[],
    "f3" TIMESTAMP(0) NOT NULL,
    "r6_model2_0" TEXT NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMESTAMP(0),
    "f1 with space" JSON NOT NULL,
    "f2" TEXT[],
    "r7_model1_0" INTEGER NOT NULL,
    "r7_model1_1" TEXT NOT NULL,

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" TEXT NOT NULL,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model0_f1" ON "order"("f1 with space" DESC);

-- CreateIndex
CREATE INDEX "idx_model1_kb" ON "Model 1 with space"("kb" DESC);

-- CreateIndex
CREATE INDEX "Model2_select_f1_idx" ON "Model2"("select_f1");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "order"("ka", "kb") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r1_model0_0_r1_model0_1_fkey" FOREIGN KEY ("r1_model0_0", "r1_model0_1") REFERENCES "order"("ka", "kb") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r2_model1_0_r2_model1_1_fkey" FOREIGN KEY ("r2_model1_0", "r2_model1_1") REFERENCES "Model 1 with space"("ka", "kb") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r3_model1_0_r3_model1_1_fkey" FOREIGN KEY ("r3_model1_0", "r3_model1_1") REFERENCES "Model 1 with space"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r4_model1_0_r4_model1_1_fkey" FOREIGN KEY ("r4_model1_0", "r4_model1_1") REFERENCES "Model 1 with space"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r5_model0_0_r5_model0_1_fkey" FOREIGN KEY ("r5_model0_0", "r5_model0_1") REFERENCES "order"("ka", "kb") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r6_model2_0_fkey" FOREIGN KEY ("r6_model2_0") REFERENCES "Model2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r7_model1_0_r7_model1_1_fkey" FOREIGN KEY ("r7_model1_0", "r7_model1_1") REFERENCES "Model 1 with space"("ka", "kb") ON DELETE CASCADE ON UPDATE NO ACTION;
