-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'value 1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" CHAR(10)[],
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" DECIMAL(10,2) NOT NULL,
    "f1" "Enum0" NOT NULL,
    "f2" "Enum0" NOT NULL,
    "f3" "Enum0",
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" "Enum0"[],
    "r2_model2_0" UUID,
    "r3_model2_0" UUID,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" VARCHAR(30) NOT NULL,
    "f0_col" BOOLEAN,
    "f1" INET NOT NULL,
    "r4_model3_0" VARCHAR(30),

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" TEXT NOT NULL,
    "select_f0" TIMESTAMP(0)[],
    "f1" MONEY NOT NULL,
    "f2" TIMESTAMPTZ(6)[],
    "f3" "Enum0" NOT NULL DEFAULT 'value 0',

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" BIGSERIAL NOT NULL,
    "f0" TIMESTAMP(3) NOT NULL,
    "r5_model4_0" TEXT NOT NULL,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "order_1_f2_idx" ON "order_1" USING HASH ("f2");

-- CreateIndex
CREATE INDEX "idx_model3_f1" ON "order_3"("f1" DESC);

-- CreateIndex
CREATE INDEX "Model4_f3_idx" ON "Model4"("f3");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r4_model3_0_fkey" FOREIGN KEY ("r4_model3_0") REFERENCES "order_3"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r5_model4_0_fkey" FOREIGN KEY ("r5_model4_0") REFERENCES "Model4"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
