-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "order" (
    "id" SERIAL NOT NULL,
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" INTEGER NOT NULL,
    "f0" INTEGER,
    "f1" XML,
    "f2" VARBIT(16)[],
    "f3" OID[],
    "f4" BIGINT[],
    "r2_model0_0" INTEGER NOT NULL,
    "r3_model1_0" INTEGER,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" SERIAL NOT NULL,
    "f0" TIMETZ(2),
    "f1" INET,
    "r4_model2_0" INTEGER,
    "r5_model2_0" INTEGER,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "model_1"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r5_model2_0_fkey" FOREIGN KEY ("r5_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;
