-- AlterEnum
ALTER TYPE "Enum0" ADD VALUE 'W0';

-- AlterTable
ALTER TABLE "Model2" DROP COLUMN "f5",
ADD COLUMN     "f5" BIT(8);

-- CreateIndex
CREATE INDEX "Model2_f1_idx" ON "Model2"("f1");
