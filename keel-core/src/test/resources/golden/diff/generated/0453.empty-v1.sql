-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL,
    "f1" DECIMAL(10,2) NOT NULL,
    "f2" DATE[],
    "r0_model0_0" VARCHAR(30),
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "f0" TEXT,
    "r2_model0_0" VARCHAR(30),
    "r3_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" INTEGER NOT NULL,
    "f0" BIGINT[],
    "f1" TIMESTAMP(0),
    "f2" VARBIT(16),
    "f3" DECIMAL(10,2)[],
    "f4" MONEY[],
    "r4_model2_0" INTEGER,
    "r5_model2_0" INTEGER,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" SERIAL NOT NULL,
    "f0" DATE,
    "f1" JSONB DEFAULT '{}',
    "f2" OID,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_4" (
    "id" SERIAL NOT NULL,
    "f0" TIMETZ(2) NOT NULL,
    "f1 with space" TIMESTAMPTZ(6)[],
    "f2" BIT(8),
    "f3" BIGINT,
    "f4_col" BIT(8),
    "f5_col" VARBIT(16) NOT NULL,
    "r6_model3_0" INTEGER,
    "r7_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f1_key" ON "Model0"("f1");

-- CreateIndex
CREATE INDEX "Model0_f0_idx" ON "Model0"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "model_4_f5_col_key" ON "model_4"("f5_col");

-- CreateIndex
CREATE UNIQUE INDEX "model_4_r6_model3_0_key" ON "model_4"("r6_model3_0");

-- CreateIndex
CREATE INDEX "idx_model4_f0" ON "model_4"("f0" DESC);

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r5_model2_0_fkey" FOREIGN KEY ("r5_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r6_model3_0_fkey" FOREIGN KEY ("r6_model3_0") REFERENCES "Model3"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r7_model0_0_fkey" FOREIGN KEY ("r7_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
