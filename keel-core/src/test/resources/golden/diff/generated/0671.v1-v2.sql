-- DropForeignKey
ALTER TABLE "model_0" DROP CONSTRAINT "model_0_r0_model0_0_r0_model0_1_fkey";

-- AlterTable
ALTER TABLE "model_0" ALTER COLUMN "f1" DROP NOT NULL;

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "model_0"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;
