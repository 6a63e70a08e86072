-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" UUID,
    "f1" JSON,
    "f2" TIMESTAMPTZ(6),
    "f3" DECIMAL(65,30),
    "f4" TIMESTAMP(3),

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DOUBLE PRECISION[],
    "r0_model1_0" VARCHAR(30),
    "r1_model1_0" VARCHAR(30),

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0 with space" TIMESTAMP(3),
    "f1" DOUBLE PRECISION,
    "f2" JSONB NOT NULL,
    "r2_model0_0" INTEGER,
    "r2_model0_1" TEXT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "select_f0" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "f1" REAL[],
    "r3_model3_0" INTEGER,
    "r3_model3_1" TEXT,

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMP(3) NOT NULL,
    "f1" TIMESTAMP(0),
    "f2_col" JSON,

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model0_kb_idx" ON "Model0"("kb");

-- CreateIndex
CREATE INDEX "idx_model3_f0" ON "modèle_3"("select_f0" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "order_4_f0_key" ON "order_4"("f0");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_r2_model0_1_fkey" FOREIGN KEY ("r2_model0_0", "r2_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r3_model3_0_r3_model3_1_fkey" FOREIGN KEY ("r3_model3_0", "r3_model3_1") REFERENCES "modèle_3"("ka", "kb") ON DELETE RESTRICT ON UPDATE SET NULL;
