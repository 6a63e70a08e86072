-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "order" (
    "id" TEXT NOT NULL,
    "f0_col" REAL NOT NULL DEFAULT 0.25,
    "f1" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "f2 with space" SMALLINT NOT NULL DEFAULT -5,
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" BIT(8) NOT NULL,
    "f1_col" TIMETZ(2)[],
    "f2" DOUBLE PRECISION[],
    "r2_model0_0" TEXT NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" INTEGER NOT NULL,
    "f0" INTEGER[],
    "f1" BYTEA,
    "f2" TIMESTAMPTZ(6),
    "f3" BIT(8) NOT NULL,
    "r3_model2_0" INTEGER,
    "r4_model1_0" UUID NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" SERIAL NOT NULL,
    "f0" DOUBLE PRECISION,
    "f1" BIT(8) NOT NULL,
    "f2" BYTEA,
    "f3" BIGINT NOT NULL,
    "f4" VARCHAR(191),
    "f5_col" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "r5_model4_0" UUID,
    "r6_model0_0" TEXT,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "order_f2 with space_idx" ON "order"("f2 with space");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f0_key" ON "Model1"("f0");

-- CreateIndex
CREATE INDEX "idx_model1_f0" ON "Model1"("f0" DESC);

-- CreateIndex
CREATE INDEX "Model2_f3_idx" ON "Model2"("f3");

-- CreateIndex
CREATE INDEX "order_3_f1_f5_col_idx" ON "order_3"("f1", "f5_col");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r5_model4_0_fkey" FOREIGN KEY ("r5_model4_0") REFERENCES "Model4"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r6_model0_0_fkey" FOREIGN KEY ("r6_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
