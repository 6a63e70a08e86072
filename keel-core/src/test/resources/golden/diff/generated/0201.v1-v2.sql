-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "f4 with space",
ADD COLUMN     "r100_model0_0" UUID;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r100_model0_0_fkey" FOREIGN KEY ("r100_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
