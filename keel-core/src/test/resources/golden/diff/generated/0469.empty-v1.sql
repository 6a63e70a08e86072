-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "model_0" (
    "id" INTEGER NOT NULL,
    "select_f0" REAL NOT NULL DEFAULT 0.25,
    "f1 with space" XML[],
    "f2" INET,
    "f3" BYTEA NOT NULL,
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" SERIAL NOT NULL,
    "f0 with space" DECIMAL(65,30)[],
    "f1_col" INTEGER NOT NULL,
    "f2" BIGINT NOT NULL,
    "f3" INTEGER,
    "f4_col" TIMESTAMP(0) NOT NULL,
    "r2_model0_0" INTEGER,
    "r3_model1_0" INTEGER,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_0_select_f0_f3_idx" ON "model_0"("select_f0", "f3");

-- CreateIndex
CREATE UNIQUE INDEX "order_1_f2_key" ON "order_1"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "order_1_r2_model0_0_key" ON "order_1"("r2_model0_0");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "order_1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
