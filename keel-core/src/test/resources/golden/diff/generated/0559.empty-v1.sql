-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "Model0" (
    "id" TEXT NOT NULL,
    "f0_col" DECIMAL(65,30),
    "f1" INET NOT NULL,
    "f2" TEXT NOT NULL DEFAULT 'hello',
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" INTEGER NOT NULL,
    "f0" "enum_0_type" NOT NULL DEFAULT 'V0',
    "f1" TEXT NOT NULL,
    "f2 with space" DECIMAL(10,2),
    "f3_col" JSON,
    "f4" TEXT,
    "r2_model0_0" TEXT NOT NULL,
    "r3_model0_0" TEXT,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DECIMAL(65,30),
    "f1 with space" INTEGER,
    "f2" BOOLEAN NOT NULL,
    "f3" DOUBLE PRECISION NOT NULL,
    "f4" BOOLEAN NOT NULL,
    "r4_model0_0" TEXT NOT NULL,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" DECIMAL(10,2) NOT NULL,
    "f1" "enum_0_type"[],
    "f2" CHAR(10),
    "f3" "enum_0_type" NOT NULL DEFAULT 'V0',
    "r5_model3_0" UUID,
    "r6_model2_0" INTEGER NOT NULL,
    "r6_model2_1" TEXT NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" INTEGER NOT NULL,
    "f0" CHAR(10)[],
    "r7_model3_0" UUID,
    "r8_model4_0" INTEGER,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "idx_model0_f1" ON "Model0"("f1" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "order_1_r2_model0_0_key" ON "order_1"("r2_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "order_1_r3_model0_0_key" ON "order_1"("r3_model0_0");

-- CreateIndex
CREATE INDEX "modèle_2_ka_kb_idx" ON "modèle_2"("ka", "kb");

-- CreateIndex
CREATE INDEX "Model3_select_f0_idx" ON "Model3"("select_f0");

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r5_model3_0_fkey" FOREIGN KEY ("r5_model3_0") REFERENCES "Model3"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r6_model2_0_r6_model2_1_fkey" FOREIGN KEY ("r6_model2_0", "r6_model2_1") REFERENCES "modèle_2"("ka", "kb") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r7_model3_0_fkey" FOREIGN KEY ("r7_model3_0") REFERENCES "Model3"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r8_model4_0_fkey" FOREIGN KEY ("r8_model4_0") REFERENCES "Model4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "order_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
