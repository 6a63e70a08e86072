-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" SERIAL NOT NULL,
    "f0 with space" INTEGER,
    "f1" "Enum0" DEFAULT 'V0',
    "r0_model0_0" INTEGER,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" TIMESTAMPTZ(6) NOT NULL,
    "f1" JSON,
    "r1_model1_0" UUID,
    "r2_model1_0" UUID,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" XML,
    "f1" OID,
    "f2" "Enum0"[],
    "f3" BIT(8),
    "r3_model0_0" INTEGER NOT NULL,
    "r4_model1_0" UUID NOT NULL,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TEXT NOT NULL DEFAULT '',
    "f1" MONEY NOT NULL,
    "f2 with space" DATE,
    "f3_col" INET[],
    "f4_col" "Enum0" NOT NULL,
    "r5_model3_0" INTEGER,
    "r5_model3_1" TEXT,
    "r6_model0_0" INTEGER NOT NULL,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "id" SERIAL NOT NULL,
    "f0" INET NOT NULL,
    "f1" "Enum0"[],
    "f2" XML NOT NULL,
    "select_f3" "Enum0" NOT NULL DEFAULT 'V0',
    "r7_model0_0" INTEGER NOT NULL,

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMPTZ(6),
    "f1" MONEY,
    "f2" DOUBLE PRECISION[],

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model1_select_f0_idx" ON "Model1" USING HASH ("select_f0");

-- CreateIndex
CREATE UNIQUE INDEX "model_3_f4_col_key" ON "model_3"("f4_col");

-- CreateIndex
CREATE UNIQUE INDEX "model_3_r6_model0_0_key" ON "model_3"("r6_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "model_3_f0_key" ON "model_3"("f0");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r5_model3_0_r5_model3_1_fkey" FOREIGN KEY ("r5_model3_0", "r5_model3_1") REFERENCES "model_3"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r6_model0_0_fkey" FOREIGN KEY ("r6_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r7_model0_0_fkey" FOREIGN KEY ("r7_model0_0") REFERENCES "modèle_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
