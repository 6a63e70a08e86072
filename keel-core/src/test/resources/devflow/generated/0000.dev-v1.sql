-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" TEXT NOT NULL,
    "select_f0" TIMESTAMP(0) NOT NULL,
    "f1" INTEGER[],
    "f2" TIMESTAMPTZ(6) NOT NULL,
    "f3" REAL NOT NULL,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMP(0) NOT NULL,
    "f1 with space" DECIMAL(65,30),
    "r0_model0_0" TEXT NOT NULL,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" BIGSERIAL NOT NULL,
    "f0 with space" DOUBLE PRECISION,
    "f1" MONEY,
    "f2" XML,
    "f3" JSON,
    "f4" BIT(8),

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" JSONB NOT NULL,
    "f1" DECIMAL(10,2),
    "f2" INTEGER NOT NULL DEFAULT 42,
    "f3_col" OID NOT NULL,
    "f4" BIT(8),
    "r1_model3_0" BIGINT,
    "r2_model1_0" INTEGER,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "idx_model0_f3" ON "Model 0 with space"("f3" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "model_1_r0_model0_0_key" ON "model_1"("r0_model0_0");

-- CreateIndex
CREATE INDEX "model_1_f0_idx" ON "model_1"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_r2_model1_0_key" ON "Model4"("r2_model1_0");

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r1_model3_0_fkey" FOREIGN KEY ("r1_model3_0") REFERENCES "Model3"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "model_1"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
