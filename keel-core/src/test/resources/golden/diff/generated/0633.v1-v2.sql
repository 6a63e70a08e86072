-- AlterTable
ALTER TABLE "Model 0 with space" ALTER COLUMN "f0" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Model 0 with space_f4_idx" ON "Model 0 with space"("f4");
