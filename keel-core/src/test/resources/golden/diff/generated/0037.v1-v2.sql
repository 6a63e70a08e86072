-- AlterEnum
ALTER TYPE "Enum1" ADD VALUE 'W0';

-- DropForeignKey
ALTER TABLE "model_1" DROP CONSTRAINT "model_1_r2_model1_0_fkey";

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "model_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
