-- CreateEnum
CREATE TYPE "Enum10" AS ENUM ('V0', 'V1');

-- AlterTable
ALTER TABLE "order_4" ALTER COLUMN "f2" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Model 5 with space" ADD COLUMN     "r100_model5_0" INTEGER,
ADD COLUMN     "r100_model5_1" TEXT;

-- AddForeignKey
ALTER TABLE "Model 5 with space" ADD CONSTRAINT "Model 5 with space_r100_model5_0_r100_model5_1_fkey" FOREIGN KEY ("r100_model5_0", "r100_model5_1") REFERENCES "Model 5 with space"("ka", "kb") ON DELETE CASCADE ON UPDATE SET NULL;
