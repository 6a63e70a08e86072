-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" INTEGER NOT NULL,
    "f0" JSONB NOT NULL,
    "f1" "Enum0"[],
    "f2" "Enum0"[],
    "f3 with space" "Enum1" NOT NULL DEFAULT 'V0',
    "r0_model0_0" INTEGER,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" JSON NOT NULL,
    "r1_model0_0" INTEGER,
    "r2_model2_0" INTEGER,
    "r2_model2_1" TEXT,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" TEXT NOT NULL,
    "f0" SMALLINT[],
    "f1_col" TEXT,
    "f2" BIT(8),
    "f3" TIMETZ(2) NOT NULL,
    "r3_model2_0" INTEGER NOT NULL,
    "r3_model2_1" TEXT NOT NULL,
    "r4_model3_0" TEXT,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" INET[],
    "f1" CHAR(10),
    "f2" TIMETZ(2),
    "f3" BIT(8),
    "r5_model2_0" INTEGER NOT NULL,
    "r5_model2_1" TEXT NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 5 with space" (
    "id" SERIAL NOT NULL,
    "f0 with space" UUID NOT NULL,
    "f1" "Enum0"[],
    "r6_model3_0" TEXT,
    "r7_model3_0" TEXT NOT NULL,

    CONSTRAINT "Model 5 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" INTEGER NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_2_r1_model0_0_key" ON "model_2"("r1_model0_0");

-- CreateIndex
CREATE INDEX "model_2_kb_ka_idx" ON "model_2"("kb", "ka");

-- CreateIndex
CREATE INDEX "idx_model3_f3" ON "order_3"("f3" DESC);

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r2_model2_0_r2_model2_1_fkey" FOREIGN KEY ("r2_model2_0", "r2_model2_1") REFERENCES "model_2"("ka", "kb") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r3_model2_0_r3_model2_1_fkey" FOREIGN KEY ("r3_model2_0", "r3_model2_1") REFERENCES "model_2"("ka", "kb") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r4_model3_0_fkey" FOREIGN KEY ("r4_model3_0") REFERENCES "order_3"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r5_model2_0_r5_model2_1_fkey" FOREIGN KEY ("r5_model2_0", "r5_model2_1") REFERENCES "model_2"("ka", "kb") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 5 with space" ADD CONSTRAINT "Model 5 with space_r6_model3_0_fkey" FOREIGN KEY ("r6_model3_0") REFERENCES "order_3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 5 with space" ADD CONSTRAINT "Model 5 with space_r7_model3_0_fkey" FOREIGN KEY ("r7_model3_0") REFERENCES "order_3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
