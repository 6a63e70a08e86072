-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1', 'V2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'value 2');

-- CreateTable
CREATE TABLE "order" (
    "id" SERIAL NOT NULL,
    "f0 with space" VARCHAR(191) NOT NULL,
    "f1" TIMESTAMP(0) NOT NULL,
    "f2" "Enum0" DEFAULT 'V0',
    "f3" DOUBLE PRECISION NOT NULL,
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" JSONB NOT NULL,
    "f1" UUID,
    "r2_model0_0" INTEGER NOT NULL,
    "r3_model1_0" VARCHAR(30),

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r4_model0_0" INTEGER,
    "r5_model2_0" INTEGER,
    "r5_model2_1" TEXT,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" OID,
    "select_f1" TIME(3)[],
    "f2 with space" DOUBLE PRECISION,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DECIMAL(10,2),
    "f1" "Enum0" NOT NULL,
    "f2" BIT(8),
    "r6_model2_0" INTEGER,
    "r6_model2_1" TEXT,
    "r7_model0_0" INTEGER,

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "order_f3_idx" ON "order" USING HASH ("f3");

-- CreateIndex
CREATE UNIQUE INDEX "model_2_kb_key" ON "model_2"("kb");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_4_r7_model0_0_key" ON "modèle_4"("r7_model0_0");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "order"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r5_model2_0_r5_model2_1_fkey" FOREIGN KEY ("r5_model2_0", "r5_model2_1") REFERENCES "model_2"("ka", "kb") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r6_model2_0_r6_model2_1_fkey" FOREIGN KEY ("r6_model2_0", "r6_model2_1") REFERENCES "model_2"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r7_model0_0_fkey" FOREIGN KEY ("r7_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE SET NULL;
