-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" BIGSERIAL NOT NULL,
    "f0" TIME(3)[],
    "f1" "Enum0" DEFAULT 'value 0',
    "f2" OID,
    "r0_model0_0" BIGINT,
    "r1_model0_0" BIGINT,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" BIGSERIAL NOT NULL,
    "f0 with space" DECIMAL(10,2) NOT NULL,
    "f1" "Enum0" NOT NULL DEFAULT 'value 0',
    "f2" BIT(8) NOT NULL,
    "f3" "Enum0",
    "f4" UUID,
    "f5" MONEY,
    "r2_model1_0" BIGINT,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" BIGSERIAL NOT NULL,
    "f0" JSON[],
    "r3_model2_0" BIGINT,
    "r4_model0_0" BIGINT NOT NULL,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" BIGSERIAL NOT NULL,
    "f0" INTEGER NOT NULL DEFAULT 42,
    "f1" "Enum0"[],
    "f2 with space" "Enum0" NOT NULL DEFAULT 'value 0',
    "f3" JSON NOT NULL,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" "Enum0" NOT NULL,
    "f1 with space" "Enum0"[],
    "f2" "Enum0" NOT NULL DEFAULT 'value 0',
    "f3" "Enum0",
    "r5_model1_0" BIGINT,

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model 1 with space_f0 with space_idx" ON "Model 1 with space" USING HASH ("f0 with space");

-- CreateIndex
CREATE UNIQUE INDEX "order_2_r4_model0_0_key" ON "order_2"("r4_model0_0");

-- CreateIndex
CREATE INDEX "Model 4 with space_f2_idx" ON "Model 4 with space"("f2");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "order_2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r5_model1_0_fkey" FOREIGN KEY ("r5_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
