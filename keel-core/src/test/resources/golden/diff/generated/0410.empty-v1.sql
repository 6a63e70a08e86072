-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" BIGSERIAL NOT NULL,
    "f0" UUID[],
    "f1" INTEGER DEFAULT 0,
    "select_f2" TIMETZ(2) NOT NULL,
    "f3" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" INTEGER NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "f1 with space" DOUBLE PRECISION NOT NULL,
    "f2" TIMESTAMP(0) NOT NULL,
    "f3" OID NOT NULL,
    "f4" "Enum0",
    "r0_model0_0" BIGINT,
    "r1_model1_0" INTEGER,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMP(0),
    "f1" TEXT,
    "select_f2" "Enum1"[],

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DECIMAL(10,2)[],
    "f1" "Enum0" NOT NULL,
    "f2 with space" VARBIT(16) NOT NULL,
    "select_f3" "Enum1" NOT NULL DEFAULT 'V0',
    "f4" "Enum0" NOT NULL,
    "f5_col" "Enum0"[],
    "r2_model0_0" BIGINT,
    "r3_model2_0" INTEGER,

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0 with space" BYTEA NOT NULL,
    "f1" SMALLINT[],
    "f2" "Enum0" DEFAULT 'V0',
    "r4_model5_0" UUID,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M5" (
    "A" BIGINT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M5_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_f3_f1 with space_key" ON "Model 1 with space"("f3", "f1 with space");

-- CreateIndex
CREATE INDEX "Model5_f0 with space_idx" ON "Model5"("f0 with space");

-- CreateIndex
CREATE INDEX "_M5_B_index" ON "_M5"("B");

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r4_model5_0_fkey" FOREIGN KEY ("r4_model5_0") REFERENCES "Model5"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_M5" ADD CONSTRAINT "_M5_A_fkey" FOREIGN KEY ("A") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M5" ADD CONSTRAINT "_M5_B_fkey" FOREIGN KEY ("B") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;
