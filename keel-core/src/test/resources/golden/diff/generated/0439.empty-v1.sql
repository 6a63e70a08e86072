-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0 with space" BIGINT[],
    "f1" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f2" DECIMAL(10,2)[],
    "select_f3" DECIMAL(65,30),
    "f4" DOUBLE PRECISION NOT NULL,
    "f5" JSON NOT NULL,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "select_f0" JSON NOT NULL,
    "f1" TEXT[],
    "f2" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f3" TIMETZ(2),
    "r0_model1_0" INTEGER,
    "r1_model1_0" INTEGER,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" BYTEA NOT NULL,
    "f1" VARCHAR(191) NOT NULL,
    "f2 with space" VARCHAR(191) DEFAULT 'it''s',
    "f3" TIMETZ(2),
    "f4" TIME(3) NOT NULL,
    "f5" DOUBLE PRECISION,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" SERIAL NOT NULL,
    "f0" REAL NOT NULL,
    "select_f1" DECIMAL(65,30) NOT NULL DEFAULT 12.5,
    "r2_model3_0" INTEGER,
    "r3_model2_0" UUID,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMETZ(2) NOT NULL,
    "f1_col" INET,
    "f2" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f3" MONEY,
    "f4_col" XML,
    "f5" DECIMAL(10,2) NOT NULL DEFAULT 0,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_5" (
    "id" TEXT NOT NULL,
    "f0" MONEY NOT NULL,
    "f1 with space" VARBIT(16)[],
    "r4_model4_0" VARCHAR(30) NOT NULL,
    "r5_model2_0" UUID,

    CONSTRAINT "model_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model1_f2_idx" ON "Model1"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f0_f1_key" ON "Model2"("f0", "f1");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_f2_key" ON "Model4"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "model_5_f0_key" ON "model_5"("f0");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model3_0_fkey" FOREIGN KEY ("r2_model3_0") REFERENCES "Model3"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model2"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_5" ADD CONSTRAINT "model_5_r4_model4_0_fkey" FOREIGN KEY ("r4_model4_0") REFERENCES "Model4"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_5" ADD CONSTRAINT "model_5_r5_model2_0_fkey" FOREIGN KEY ("r5_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
