-- AlterTable
ALTER TABLE "Model 0 with space" ADD COLUMN     "g0" DECIMAL(65,30);

-- CreateIndex
CREATE UNIQUE INDEX "Model 0 with space_select_f1_key" ON "Model 0 with space"("select_f1");
