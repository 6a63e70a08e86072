-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "order" (
    "id" BIGSERIAL NOT NULL,
    "f0" "Enum1"[],
    "r0_model0_0" BIGINT,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" BIGSERIAL NOT NULL,
    "f0" TEXT NOT NULL,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" "Enum1" DEFAULT 'V0',
    "f1" VARBIT(16),
    "f2" VARBIT(16) NOT NULL,
    "f3" "Enum1" NOT NULL DEFAULT 'V0',
    "f4" TEXT DEFAULT 'hello',
    "f5 with space" DOUBLE PRECISION,

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" BIGSERIAL NOT NULL,
    "f0 with space" REAL DEFAULT 0.25,
    "f1_col" "Enum1"[],
    "f2" OID[],
    "r1_model3_0" BIGINT NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M2" (
    "A" BIGINT NOT NULL,
    "B" BIGINT NOT NULL,

    CONSTRAINT "_M2_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_1_f0_key" ON "order_1"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "Model 3 with space_f3_key" ON "Model 3 with space"("f3");

-- CreateIndex
CREATE INDEX "Model 3 with space_f2_f3_idx" ON "Model 3 with space"("f2", "f3");

-- CreateIndex
CREATE INDEX "_M2_B_index" ON "_M2"("B");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r1_model3_0_fkey" FOREIGN KEY ("r1_model3_0") REFERENCES "Model 3 with space"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "_M2" ADD CONSTRAINT "_M2_A_fkey" FOREIGN KEY ("A") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M2" ADD CONSTRAINT "_M2_B_fkey" FOREIGN KEY ("B") REFERENCES "order_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
