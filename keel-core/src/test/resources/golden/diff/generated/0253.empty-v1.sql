-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMP(0),
    "f1 with space" JSONB[],
    "f2" VARBIT(16)[],
    "f3 with space" REAL NOT NULL DEFAULT 0.25,
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" TEXT NOT NULL,
    "f0" UUID NOT NULL,
    "f1" REAL[],
    "f2" REAL DEFAULT 0.25,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" SERIAL NOT NULL,
    "select_f0" "Enum0" NOT NULL DEFAULT 'V0',

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" INTEGER NOT NULL,
    "r2_model2_0" INTEGER,
    "r3_model0_0" INTEGER NOT NULL,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" INTEGER NOT NULL,
    "r4_model2_0" INTEGER NOT NULL,
    "r5_model3_0" INTEGER,

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_1_f0_key" ON "order_1"("f0");

-- CreateIndex
CREATE INDEX "order_1_f0_idx" ON "order_1"("f0");

-- CreateIndex
CREATE INDEX "model_2_select_f0_idx" ON "model_2"("select_f0");

-- CreateIndex
CREATE UNIQUE INDEX "order_3_r2_model2_0_key" ON "order_3"("r2_model2_0");

-- CreateIndex
CREATE UNIQUE INDEX "order_4_r4_model2_0_key" ON "order_4"("r4_model2_0");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "model_2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "model_2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r5_model3_0_fkey" FOREIGN KEY ("r5_model3_0") REFERENCES "order_3"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
