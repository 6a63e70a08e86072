-- DropIndex
DROP INDEX "Model2_f0_key";

-- DropIndex
DROP INDEX "Model2_f0_idx";

-- AlterTable
ALTER TABLE "Model2" DROP COLUMN "f0";

-- CreateTable
CREATE TABLE "Added1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "Added1_kb_key" ON "Added1"("kb");

-- CreateIndex
CREATE UNIQUE INDEX "Added1_ka_kb_key" ON "Added1"("ka", "kb");
