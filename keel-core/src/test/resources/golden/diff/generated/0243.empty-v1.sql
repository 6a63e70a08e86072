-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "f0" VARCHAR(191),
    "f1" TIME(3) NOT NULL,
    "f2" JSONB[],
    "f3" BOOLEAN NOT NULL,
    "f4" CHAR(10),
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" TEXT NOT NULL,
    "f0" DECIMAL(65,30) NOT NULL DEFAULT 12.5,
    "f1 with space" REAL DEFAULT 0.25,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0 with space" INTEGER[],
    "f1" VARCHAR(191)[],
    "f2" DATE,
    "f3" JSONB NOT NULL,
    "f4" INTEGER,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TIMESTAMP(3) NOT NULL,
    "f1" DOUBLE PRECISION[],
    "f2" MONEY,
    "f3 with space" REAL NOT NULL DEFAULT 0.25,
    "r2_model0_0" INTEGER NOT NULL,
    "r3_model1_0" TEXT,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0_col" DECIMAL(65,30) NOT NULL,
    "f1_col" JSONB DEFAULT '{}',
    "f2" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "f3" XML,
    "f4" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "f5" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" BOOLEAN[],
    "f1" BIGINT NOT NULL,
    "f2_col" INTEGER[] DEFAULT ARRAY[1, 2]::INTEGER[],
    "r4_model1_0" TEXT NOT NULL,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model 1 with space_f0_idx" ON "Model 1 with space"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "order_3_f0_key" ON "order_3"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "order_3_r2_model0_0_key" ON "order_3"("r2_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_4_kb_key" ON "modèle_4"("kb");

-- CreateIndex
CREATE INDEX "modèle_4_kb_ka_idx" ON "modèle_4"("kb", "ka");

-- CreateIndex
CREATE UNIQUE INDEX "Model5_r4_model1_0_key" ON "Model5"("r4_model1_0");

-- CreateIndex
CREATE INDEX "Model5_f1_idx" ON "Model5"("f1");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
