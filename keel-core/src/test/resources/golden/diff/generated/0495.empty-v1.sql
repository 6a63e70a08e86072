-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" SERIAL NOT NULL,
    "f0_col" DECIMAL(10,2),
    "f1 with space" CHAR(10) NOT NULL,
    "select_f2" BIT(8),

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER NOT NULL,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" SERIAL NOT NULL,
    "f0_col" BIGINT[],
    "f1 with space" VARCHAR(191) DEFAULT 'it''s',
    "f2" JSONB,
    "f3" TIME(3)[],
    "f4" TIME(3),
    "f5_col" BIT(8),

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DECIMAL(10,2)[],
    "select_f1" BYTEA,
    "f2" TIMESTAMP(0) NOT NULL,
    "r2_model2_0" INTEGER,
    "r3_model1_0" UUID,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r4_model3_0" UUID,
    "r5_model0_0" INTEGER,

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_5" (
    "id" BIGSERIAL NOT NULL,
    "f0" TEXT NOT NULL,
    "r6_model4_0" INTEGER NOT NULL,
    "r6_model4_1" TEXT NOT NULL,
    "r7_model5_0" BIGINT,

    CONSTRAINT "modèle_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_0_f1 with space_key" ON "modèle_0"("f1 with space");

-- CreateIndex
CREATE UNIQUE INDEX "model_1_r0_model0_0_key" ON "model_1"("r0_model0_0");

-- CreateIndex
CREATE INDEX "idx_model3_f2" ON "Model3"("f2" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model 4 with space_r4_model3_0_key" ON "Model 4 with space"("r4_model3_0");

-- CreateIndex
CREATE INDEX "Model 4 with space_ka_idx" ON "Model 4 with space"("ka");

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "model_1"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r4_model3_0_fkey" FOREIGN KEY ("r4_model3_0") REFERENCES "Model3"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_5" ADD CONSTRAINT "modèle_5_r6_model4_0_r6_model4_1_fkey" FOREIGN KEY ("r6_model4_0", "r6_model4_1") REFERENCES "Model 4 with space"("ka", "kb") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_5" ADD CONSTRAINT "modèle_5_r7_model5_0_fkey" FOREIGN KEY ("r7_model5_0") REFERENCES "modèle_5"("id") ON DELETE SET NULL ON UPDATE SET NULL;
