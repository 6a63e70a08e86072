-- DropIndex
DROP INDEX "Model1_select_f0_idx";

-- AlterTable
ALTER TABLE "Model1" DROP COLUMN "select_f0",
ADD COLUMN     "f0_renamed" DOUBLE PRECISION NOT NULL;

-- CreateIndex
CREATE INDEX "Model1_f0_renamed_idx" ON "Model1"("f0_renamed");

-- CreateIndex
CREATE INDEX "Model1_f1_idx" ON "Model1"("f1");
