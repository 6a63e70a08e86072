-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" "Enum0",
    "f1" TIMESTAMP(0) NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" SERIAL NOT NULL,
    "f0 with space" UUID NOT NULL,
    "f1 with space" "Enum0"[],
    "f2_col" TIMESTAMP(0),
    "f3" DOUBLE PRECISION[],

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "select_f0" MONEY,
    "f1" DOUBLE PRECISION,
    "f2" DOUBLE PRECISION NOT NULL,
    "select_f3" TIMESTAMP(0),

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" INTEGER NOT NULL,
    "f0_col" "Enum0" NOT NULL,
    "f1" INTEGER NOT NULL,
    "f2" INTEGER NOT NULL DEFAULT 42,
    "r0_model0_0" UUID,
    "r1_model3_0" INTEGER,

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" TEXT NOT NULL,
    "f0" VARCHAR(191) NOT NULL,
    "f1" OID,
    "r2_model4_0" TEXT,
    "r3_model0_0" UUID,

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" UUID NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_f0 with space_key" ON "modèle_1"("f0 with space");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_ka_key" ON "modèle_2"("ka");

-- CreateIndex
CREATE INDEX "idx_model2_ka" ON "modèle_2"("ka" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_3_f0_col_key" ON "modèle_3"("f0_col");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_3_r0_model0_0_key" ON "modèle_3"("r0_model0_0");

-- CreateIndex
CREATE INDEX "modèle_3_f0_col_idx" ON "modèle_3" USING HASH ("f0_col");

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r1_model3_0_fkey" FOREIGN KEY ("r1_model3_0") REFERENCES "modèle_3"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r2_model4_0_fkey" FOREIGN KEY ("r2_model4_0") REFERENCES "order_4"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "modèle_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
