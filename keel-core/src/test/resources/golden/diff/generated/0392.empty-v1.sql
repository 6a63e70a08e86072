-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "order" (
    "id" TEXT NOT NULL,
    "f0 with space" DOUBLE PRECISION NOT NULL,
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" TEXT NOT NULL,
    "f0" TIME(3) NOT NULL,
    "f1" TIMESTAMP(0),
    "f2" DECIMAL(10,2),
    "r2_model1_0" TEXT,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "order_f0 with space_idx" ON "order" USING HASH ("f0 with space");

-- CreateIndex
CREATE INDEX "idx_model1_f0" ON "model_1"("f0" DESC);

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "model_1"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
