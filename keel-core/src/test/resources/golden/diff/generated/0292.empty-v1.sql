-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'value 2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" VARCHAR(30) NOT NULL,
    "r0_model0_0" VARCHAR(30),
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" OID,
    "f1" VARCHAR(191),
    "f2" INTEGER[] DEFAULT ARRAY[1, 2]::INTEGER[],
    "f3" "Enum1" DEFAULT 'V0',
    "f4" "Enum1" NOT NULL,
    "f5" TIMESTAMP(3)[],

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" SERIAL NOT NULL,
    "r2_model0_0" VARCHAR(30),
    "r3_model0_0" VARCHAR(30),

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TEXT DEFAULT 'hello',
    "f1_col" TIME(3),

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" "Enum0" NOT NULL,
    "r4_model4_0" UUID,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M5" (
    "A" VARCHAR(30) NOT NULL,
    "B" BIGINT NOT NULL,

    CONSTRAINT "_M5_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model2_r3_model0_0_key" ON "Model2"("r3_model0_0");

-- CreateIndex
CREATE INDEX "_M5_B_index" ON "_M5"("B");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r4_model4_0_fkey" FOREIGN KEY ("r4_model4_0") REFERENCES "Model4"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_M5" ADD CONSTRAINT "_M5_A_fkey" FOREIGN KEY ("A") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M5" ADD CONSTRAINT "_M5_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
