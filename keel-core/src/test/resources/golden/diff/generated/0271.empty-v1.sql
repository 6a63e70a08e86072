-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "f0" BOOLEAN NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" UUID[],
    "f1" DOUBLE PRECISION[],
    "f2" TIMESTAMP(0),
    "f3" TEXT NOT NULL,
    "f4" JSONB NOT NULL,
    "r0_model0_0" INTEGER,
    "r1_model1_0" INTEGER,
    "r1_model1_1" TEXT,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" INTEGER NOT NULL,
    "f0" UUID,
    "f1" TIMETZ(2) NOT NULL,
    "f2" MONEY,
    "f3" DATE,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" INTEGER NOT NULL,
    "select_f0" UUID[],
    "select_f1" DECIMAL(10,2),
    "f2 with space" DOUBLE PRECISION[],
    "r2_model1_0" INTEGER,
    "r2_model1_1" TEXT,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_4" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" VARBIT(16)[],
    "f1" BIT(8) NOT NULL,
    "f2_col" TIMESTAMP(0) NOT NULL,
    "select_f3" JSON NOT NULL,
    "f4" JSON,
    "r3_model4_0" VARCHAR(30),

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_5" (
    "id" TEXT NOT NULL,
    "select_f0" DECIMAL(65,30) NOT NULL DEFAULT 12.5,
    "f1" SMALLINT DEFAULT -5,
    "f2" TEXT DEFAULT '',
    "r4_model3_0" INTEGER,

    CONSTRAINT "model_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f0_key" ON "Model0"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f1_key" ON "Model2"("f1");

-- CreateIndex
CREATE INDEX "model_4_f1_idx" ON "model_4"("f1");

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r1_model1_0_r1_model1_1_fkey" FOREIGN KEY ("r1_model1_0", "r1_model1_1") REFERENCES "model_1"("ka", "kb") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model1_0_r2_model1_1_fkey" FOREIGN KEY ("r2_model1_0", "r2_model1_1") REFERENCES "model_1"("ka", "kb") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r3_model4_0_fkey" FOREIGN KEY ("r3_model4_0") REFERENCES "model_4"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model_5" ADD CONSTRAINT "model_5_r4_model3_0_fkey" FOREIGN KEY ("r4_model3_0") REFERENCES "Model3"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
