-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "order" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" TEXT,
    "select_f1" DECIMAL(65,30) NOT NULL,
    "f2" TEXT,
    "f3_col" TIMETZ(2) NOT NULL,
    "f4" JSONB NOT NULL,
    "f5" OID NOT NULL,
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" MONEY,
    "select_f1" "Enum0"[],
    "f2" OID,
    "f3 with space" DECIMAL(65,30) DEFAULT 12.5,
    "f4" MONEY[],
    "f5_col" SMALLINT,
    "r1_model0_0" VARCHAR(30),
    "r2_model1_0" UUID,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0_col" INTEGER NOT NULL,
    "f1" "Enum0",
    "f2" BOOLEAN NOT NULL DEFAULT false,
    "f3" VARBIT(16)[],
    "f4 with space" TIMETZ(2),
    "r3_model2_0" INTEGER,
    "r3_model2_1" TEXT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "_M4" (
    "A" VARCHAR(30) NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_M4_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r1_model0_0_key" ON "Model1"("r1_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f0_col_ka_key" ON "Model2"("f0_col", "ka");

-- CreateIndex
CREATE INDEX "_M4_B_index" ON "_M4"("B");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model2_0_r3_model2_1_fkey" FOREIGN KEY ("r3_model2_0", "r3_model2_1") REFERENCES "Model2"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M4" ADD CONSTRAINT "_M4_A_fkey" FOREIGN KEY ("A") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M4" ADD CONSTRAINT "_M4_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
