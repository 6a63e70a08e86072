-- AlterTable
ALTER TABLE "Model2" ALTER COLUMN "f3" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Model1_f0_idx" ON "Model1"("f0");
