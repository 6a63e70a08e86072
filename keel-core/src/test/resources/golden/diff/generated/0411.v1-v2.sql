-- DropForeignKey
ALTER TABLE "Model0" DROP CONSTRAINT "Model0_r0_model0_0_fkey";

-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "f1 with space",
ADD COLUMN     "f1" DOUBLE PRECISION NOT NULL;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;
