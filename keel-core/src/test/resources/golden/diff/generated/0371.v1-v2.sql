-- AlterTable
ALTER TABLE "Model 1 with space" ADD COLUMN     "g0" INET;

-- CreateIndex
CREATE INDEX "Model 2 with space_select_f0_idx" ON "Model 2 with space"("select_f0");
