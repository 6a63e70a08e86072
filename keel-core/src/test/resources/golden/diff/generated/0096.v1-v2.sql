-- AlterTable
ALTER TABLE "Model 0 with space" ALTER COLUMN "f2" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Model 0 with space_f2_key" ON "Model 0 with space"("f2");
