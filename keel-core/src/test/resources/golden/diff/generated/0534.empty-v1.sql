-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" SERIAL NOT NULL,
    "f0" DOUBLE PRECISION DEFAULT 1.5,
    "f1" INTEGER[],
    "select_f2" SMALLINT NOT NULL DEFAULT -5,
    "f3" XML NOT NULL,
    "f4" MONEY,
    "f5" DECIMAL(10,2),
    "r0_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" XML NOT NULL,
    "f1" BYTEA NOT NULL,
    "f2" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "r1_model0_0" INTEGER NOT NULL,
    "r2_model0_0" INTEGER NOT NULL,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" VARBIT(16),
    "f1 with space" BIGINT,
    "f2_col" BYTEA NOT NULL,
    "f3" TIMETZ(2) NOT NULL,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_select_f2_key" ON "Model0"("select_f2");

-- CreateIndex
CREATE UNIQUE INDEX "order_1_r1_model0_0_key" ON "order_1"("r1_model0_0");

-- CreateIndex
CREATE INDEX "order_1_f1_kb_idx" ON "order_1"("f1", "kb");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
