-- AlterTable
ALTER TABLE "Model0" ALTER COLUMN "f1" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "Model0_f1_idx" ON "Model0"("f1");
