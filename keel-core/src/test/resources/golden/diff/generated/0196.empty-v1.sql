-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "model_0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" UUID[],
    "f1" DECIMAL(65,30) NOT NULL,
    "f2" TIMESTAMP(0) NOT NULL,
    "select_f3" DOUBLE PRECISION,
    "f4" DOUBLE PRECISION NOT NULL,
    "f5 with space" BYTEA NOT NULL,
    "r0_model0_0" VARCHAR(30),
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" INTEGER NOT NULL,
    "f0" REAL,
    "f1" VARCHAR(191),
    "f2" BOOLEAN NOT NULL DEFAULT false,
    "f3" DOUBLE PRECISION[],
    "f4" DECIMAL(10,2) DEFAULT 0,
    "f5" JSON NOT NULL,
    "r2_model1_0" INTEGER,
    "r3_model1_0" INTEGER,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_0_f1_key" ON "model_0"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "order_1_f2_key" ON "order_1"("f2");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "order_1"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "order_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;
