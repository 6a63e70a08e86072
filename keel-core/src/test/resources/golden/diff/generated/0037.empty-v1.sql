-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1', 'V2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" BIGSERIAL NOT NULL,
    "f0" MONEY[],
    "f1" DECIMAL(10,2) NOT NULL,
    "f2" "Enum1",
    "f3" "Enum1" DEFAULT 'V0',
    "f4" "Enum0" NOT NULL DEFAULT 'V0',
    "r0_model0_0" BIGINT,
    "r1_model0_0" BIGINT,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" JSONB,
    "f1" REAL DEFAULT 0.25,
    "f2" SMALLINT,
    "select_f3" "Enum0"[],
    "r2_model1_0" UUID,
    "r3_model1_0" UUID,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" SERIAL NOT NULL,
    "f0_col" TIMESTAMP(0),
    "f1" DECIMAL(65,30),
    "f2_col" CHAR(10) NOT NULL,
    "f3" TIMESTAMPTZ(6)[],
    "select_f4" "Enum1"[],
    "r4_model1_0" UUID NOT NULL,
    "r5_model2_0" INTEGER,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" TEXT NOT NULL,
    "f0" INTEGER NOT NULL,
    "f1" TEXT NOT NULL,
    "f2_col" XML[],

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" INTEGER NOT NULL,
    "r6_model3_0" TEXT,
    "r7_model3_0" TEXT,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" BIGINT NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 0 with space_f1_key" ON "Model 0 with space"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "order_3_f1_key" ON "order_3"("f1");

-- CreateIndex
CREATE INDEX "idx_model3_f1" ON "order_3"("f1" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model4_r6_model3_0_key" ON "Model4"("r6_model3_0");

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "model_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "model_1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "model_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r5_model2_0_fkey" FOREIGN KEY ("r5_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r6_model3_0_fkey" FOREIGN KEY ("r6_model3_0") REFERENCES "order_3"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r7_model3_0_fkey" FOREIGN KEY ("r7_model3_0") REFERENCES "order_3"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "model_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
