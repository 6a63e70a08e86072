-- AlterEnum
ALTER TYPE "Enum0" ADD VALUE 'W0';

-- DropForeignKey
ALTER TABLE "Model3" DROP CONSTRAINT "Model3_r1_model3_0_fkey";

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r1_model3_0_fkey" FOREIGN KEY ("r1_model3_0") REFERENCES "Model3"("id") ON DELETE CASCADE ON UPDATE CASCADE;
