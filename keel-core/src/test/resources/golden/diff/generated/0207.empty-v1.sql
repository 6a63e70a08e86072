-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" INTEGER NOT NULL,
    "f0" INTEGER,
    "select_f1" CHAR(10) NOT NULL,
    "f2_col" JSONB,
    "f3" JSONB,
    "f4" DECIMAL(10,2) NOT NULL,
    "f5" BIT(8) NOT NULL,
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" BYTEA,
    "f1" CHAR(10),
    "f2" JSONB DEFAULT '{}',
    "f3" UUID NOT NULL,
    "f4_col" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "f5" JSON,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" BIGSERIAL NOT NULL,
    "f0" JSON NOT NULL,
    "f1" TIMETZ(2),
    "f2" TIME(3) NOT NULL,
    "f3 with space" INET,
    "f4" TEXT,
    "r2_model1_0" INTEGER NOT NULL,
    "r2_model1_1" TEXT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" MONEY NOT NULL,
    "select_f1" TEXT NOT NULL,
    "r3_model3_0" INTEGER,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_5" (
    "id" VARCHAR(30) NOT NULL,
    "f0" INTEGER NOT NULL,
    "f1" TEXT,
    "f2" DECIMAL(10,2),
    "f3" DOUBLE PRECISION,
    "r4_model2_0" BIGINT NOT NULL,

    CONSTRAINT "order_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model0_f5" ON "modèle_0"("f5" DESC);

-- CreateIndex
CREATE INDEX "Model2_f2_idx" ON "Model2" USING HASH ("f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_r3_model3_0_key" ON "Model4"("r3_model3_0");

-- CreateIndex
CREATE UNIQUE INDEX "order_5_r4_model2_0_key" ON "order_5"("r4_model2_0");

-- CreateIndex
CREATE INDEX "order_5_f0_idx" ON "order_5"("f0");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model1_0_r2_model1_1_fkey" FOREIGN KEY ("r2_model1_0", "r2_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r3_model3_0_fkey" FOREIGN KEY ("r3_model3_0") REFERENCES "Model3"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_5" ADD CONSTRAINT "order_5_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "Model2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
