-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" SERIAL NOT NULL,
    "f0" BIT(8)[],
    "f1" TIMETZ(2) NOT NULL,
    "f2" TEXT NOT NULL DEFAULT '',
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" JSON,
    "r2_model1_0" VARCHAR(30),

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" BIGSERIAL NOT NULL,
    "f0 with space" TIMESTAMP(0),
    "f1" CHAR(10) NOT NULL,
    "select_f2" TEXT[],
    "r3_model0_0" INTEGER,
    "r4_model1_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" SERIAL NOT NULL,
    "r5_model2_0" BIGINT,
    "r6_model0_0" INTEGER,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" BIGSERIAL NOT NULL,
    "r7_model1_0" VARCHAR(30) NOT NULL,
    "r8_model2_0" BIGINT,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_5" (
    "id" SERIAL NOT NULL,
    "f0" TIMESTAMPTZ(6) NOT NULL,
    "f1" DATE NOT NULL,
    "f2_col" BIGINT NOT NULL,
    "f3_col" INTEGER NOT NULL DEFAULT 0,
    "f4" DOUBLE PRECISION,
    "f5_col" BIGINT,
    "r9_model5_0" INTEGER,

    CONSTRAINT "model_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model 0 with space_f2_f1_idx" ON "Model 0 with space"("f2", "f1");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_f1_key" ON "modèle_2"("f1");

-- CreateIndex
CREATE INDEX "modèle_2_f1_idx" ON "modèle_2" USING HASH ("f1");

-- CreateIndex
CREATE INDEX "model_5_f0_f1_idx" ON "model_5"("f0", "f1");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r5_model2_0_fkey" FOREIGN KEY ("r5_model2_0") REFERENCES "modèle_2"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r6_model0_0_fkey" FOREIGN KEY ("r6_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r7_model1_0_fkey" FOREIGN KEY ("r7_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r8_model2_0_fkey" FOREIGN KEY ("r8_model2_0") REFERENCES "modèle_2"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model_5" ADD CONSTRAINT "model_5_r9_model5_0_fkey" FOREIGN KEY ("r9_model5_0") REFERENCES "model_5"("id") ON DELETE SET NULL ON UPDATE CASCADE;
