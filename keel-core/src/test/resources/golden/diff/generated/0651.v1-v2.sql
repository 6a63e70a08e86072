-- AlterEnum
ALTER TYPE "Enum1" ADD VALUE 'W0';

-- AlterTable
ALTER TABLE "Model1" DROP COLUMN "f0 with space",
ADD COLUMN     "r100_model0_0" INTEGER,
ADD COLUMN     "r100_model0_1" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r100_model0_0_r100_model0_1_key" ON "Model1"("r100_model0_0", "r100_model0_1");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r100_model0_0_r100_model0_1_fkey" FOREIGN KEY ("r100_model0_0", "r100_model0_1") REFERENCES "modèle_0"("ka", "kb") ON DELETE RESTRICT ON UPDATE SET NULL;
