-- AlterTable
ALTER TABLE "Model0" ADD COLUMN     "g0_col" INTEGER NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f0_col_key" ON "Model0"("f0_col");
