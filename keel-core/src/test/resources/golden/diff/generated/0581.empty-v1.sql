-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('value 0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMP(3) NOT NULL,
    "f1" JSONB,
    "f2" DECIMAL(65,30) NOT NULL DEFAULT 12.5,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" VARCHAR(30) NOT NULL,
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER NOT NULL,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" INTEGER NOT NULL,
    "f0" BYTEA,
    "f1" VARCHAR(191) NOT NULL,
    "f2" CHAR(10) NOT NULL,
    "f3" "enum_0_type" NOT NULL DEFAULT 'value 0',
    "r2_model1_0" VARCHAR(30) NOT NULL,
    "r3_model2_0" INTEGER,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M4" (
    "A" INTEGER NOT NULL,
    "B" VARCHAR(30) NOT NULL,

    CONSTRAINT "_M4_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "idx_model2_f2" ON "order_2"("f2" DESC);

-- CreateIndex
CREATE INDEX "_M4_B_index" ON "_M4"("B");

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "modèle_1"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "order_2"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "_M4" ADD CONSTRAINT "_M4_A_fkey" FOREIGN KEY ("A") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M4" ADD CONSTRAINT "_M4_B_fkey" FOREIGN KEY ("B") REFERENCES "modèle_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
