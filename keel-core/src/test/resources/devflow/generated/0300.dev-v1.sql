-- CreateTable
CREATE TABLE "modèle_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" SMALLINT,
    "r0_model0_0" UUID,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "f0" TEXT NOT NULL,
    "f1" TIMESTAMPTZ(6),
    "f2" DOUBLE PRECISION NOT NULL,
    "select_f3" TIME(3),
    "f4" DOUBLE PRECISION[],
    "r1_model0_0" UUID NOT NULL,
    "r2_model0_0" UUID NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" JSON,
    "f1_col" TIMESTAMPTZ(6),
    "f2_col" OID[],
    "f3" INTEGER[],
    "f4" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f5" TIME(3),
    "r3_model2_0" UUID,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" VARCHAR(30) NOT NULL,
    "f0" MONEY,
    "select_f1" JSON,
    "f2 with space" OID NOT NULL,
    "f3 with space" DECIMAL(10,2)[],
    "select_f4" INET[],
    "r4_model1_0" INTEGER,
    "r5_model0_0" UUID,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" SERIAL NOT NULL,
    "f0" TIMESTAMP(3),
    "f1" TIMESTAMPTZ(6),
    "f2" DECIMAL(10,2) NOT NULL,
    "f3 with space" BIGINT,
    "r6_model1_0" INTEGER,
    "r7_model4_0" INTEGER,

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f0_key" ON "Model1"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_f4_key" ON "modèle_2"("f4");

-- CreateIndex
CREATE INDEX "model_3_f2 with space_idx" ON "model_3"("f2 with space");

-- CreateIndex
CREATE UNIQUE INDEX "order_4_r6_model1_0_key" ON "order_4"("r6_model1_0");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "modèle_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "modèle_2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "modèle_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r6_model1_0_fkey" FOREIGN KEY ("r6_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r7_model4_0_fkey" FOREIGN KEY ("r7_model4_0") REFERENCES "order_4"("id") ON DELETE CASCADE ON UPDATE CASCADE;
